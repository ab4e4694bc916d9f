import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, CurrentPrincipal, param, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiCreatedView,
  ApiProblems,
  idempotencyRequest,
  VersionEtag,
  type IdempotentOutcome,
  uuidParam,
} from '@csg/http';
import { AssessmentView } from '../../queries/assessment.view';
import { StartAssessmentCommand } from './start-assessment.command';
import { StartAssessmentDto } from './start-assessment.dto';

@ApiTags('assessments')
@Controller('agencies')
export class StartAssessmentController {
  constructor(private readonly commands: CommandBus) {}

  /** The agency's admins start its assessment in a campaign (one per agency and campaign), optionally copying an earlier one. */
  @Post(':id/assessments')
  @Policy(AgencyRoles(param('id'), 'agency-admin'))
  @ApiOperation({ summary: "Start an agency's assessment in a campaign" })
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' })
  @ApiCreatedView(AssessmentView, { etag: true, location: true, idempotent: true })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  @HttpCode(201)
  @VersionEtag()
  async start(
    @Param('id', uuidParam()) agencyId: string,
    @Body() body: StartAssessmentDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<AssessmentView> {
    const idempotency = idempotencyRequest(
      key,
      idempotencyScope(principal, `POST /agencies/${agencyId}/assessments`),
      body,
    );
    const outcome: IdempotentOutcome<AssessmentView> = await this.commands.execute(
      new StartAssessmentCommand(agencyId, body.campaignId, body.copyFrom, principal, idempotency),
    );
    reply.header('location', `/api/v1/assessments/${outcome.body.id}`);
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return outcome.body;
  }
}
