import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, body, CurrentPrincipal, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiCreatedView,
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  VersionEtag,
} from '@csg/http';
import { type Reply } from '../../../access/caller.util';
import { PracticeView } from '../../queries/practice.view';
import { CreatePracticeCommand } from './create-practice.command';
import { CreatePracticeDto } from './create-practice.dto';

@ApiTags('practices')
@Controller('practices')
export class CreatePracticeController {
  constructor(private readonly commands: CommandBus) {}

  /** A member of the agency drafts a practice; nobody outside the agency sees it before review. */
  @Post()
  @ApiOperation({ summary: 'Draft a practice for your agency' })
  @Policy(AgencyRoles(body('agencyId')))
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' })
  @ApiCreatedView(PracticeView, { etag: true, location: true, idempotent: true, description: 'the draft' })
  @ApiProblems(400, 401, 403, 413, 415, 422, 429)
  @HttpCode(201)
  @VersionEtag()
  async create(
    @Body() dto: CreatePracticeDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<PracticeView> {
    const idempotency = idempotencyRequest(key, idempotencyScope(principal, 'POST /practices'), dto);
    const { agencyId, sharedWithAgencyIds, recipientSubs, ...content } = dto;
    const outcome: IdempotentOutcome<PracticeView> = await this.commands.execute(
      new CreatePracticeCommand(
        {
          ...content,
          ownerAgencyId: agencyId,
          sharedWithAgencyIds: sharedWithAgencyIds ?? [],
          recipientSubs: recipientSubs ?? [],
        },
        principal,
        idempotency,
      ),
    );
    reply.header('location', `/api/v1/practices/${outcome.body.id}`);
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return outcome.body;
  }
}
