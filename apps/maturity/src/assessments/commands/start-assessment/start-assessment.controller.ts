import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, CurrentPrincipal, param, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  uuidParam,
  IdempotencyKey,
  IdempotentCreate,
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
  @IdempotentCreate(AssessmentView, { etag: true, location: 'assessments/:id' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  start(
    @Param('id', uuidParam()) agencyId: string,
    @Body() body: StartAssessmentDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<AssessmentView>> {
    const idempotency = idempotencyRequest(
      key,
      idempotencyScope(principal, `POST /agencies/${agencyId}/assessments`),
      body,
    );
    return this.commands.execute(
      new StartAssessmentCommand(agencyId, body.campaignId, body.copyFrom, principal, idempotency),
    );
  }
}
