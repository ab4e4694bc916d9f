import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, body, CurrentPrincipal, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiCreatedView,
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  uuidParam,
} from '@csg/http';
import { type Reply } from '../../../access/caller.util';
import { EndorsementView } from '../../queries/discussion.view';
import { EndorsePracticeCommand } from './endorse-practice.command';
import { EndorsePracticeDto } from './endorse-practice.dto';

@ApiTags('discussion')
@Controller('practices')
export class EndorsePracticeController {
  constructor(private readonly commands: CommandBus) {}

  /** A member of an agency says it adopted a published practice it may read: once per agency. */
  @Post(':id/endorsements')
  @ApiOperation({ summary: 'Endorse a practice for an agency (it adopted it)' })
  @Policy(AgencyRoles(body('agencyId')))
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' })
  @ApiCreatedView(EndorsementView, { idempotent: true, description: 'the endorsement' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  @HttpCode(201)
  async endorse(
    @Param('id', uuidParam()) id: string,
    @Body() dto: EndorsePracticeDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<EndorsementView> {
    const idempotency = idempotencyRequest(
      key,
      idempotencyScope(principal, `POST /practices/${id}/endorsements`),
      dto,
    );
    const outcome: IdempotentOutcome<EndorsementView> = await this.commands.execute(
      new EndorsePracticeCommand(id, dto.agencyId, dto.note, principal, idempotency),
    );
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return outcome.body;
  }
}
