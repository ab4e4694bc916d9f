import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, body, CurrentPrincipal, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  uuidParam,
  IdempotencyKey,
  IdempotentCreate,
} from '@csg/http';
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
  @IdempotentCreate(EndorsementView, { description: 'the endorsement' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  endorse(
    @Param('id', uuidParam()) id: string,
    @Body() dto: EndorsePracticeDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<EndorsementView>> {
    const idempotency = idempotencyRequest(
      key,
      idempotencyScope(principal, `POST /practices/${id}/endorsements`),
      dto,
    );
    return this.commands.execute(
      new EndorsePracticeCommand(id, dto.agencyId, dto.note, principal, idempotency),
    );
  }
}
