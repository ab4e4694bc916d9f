import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, body, CurrentPrincipal, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  IdempotencyKey,
  IdempotentCreate,
} from '@csg/http';
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
  @IdempotentCreate(PracticeView, { etag: true, location: 'practices/:id', description: 'the draft' })
  @ApiProblems(400, 401, 403, 413, 415, 422, 429)
  create(
    @Body() dto: CreatePracticeDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<PracticeView>> {
    const idempotency = idempotencyRequest(key, idempotencyScope(principal, 'POST /practices'), dto);
    const { agencyId, sharedWithAgencyIds, recipientSubs, ...content } = dto;
    return this.commands.execute(
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
  }
}
