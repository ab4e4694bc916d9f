import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  uuidParam,
  IdempotencyKey,
  IdempotentCreate,
} from '@csg/http';
import { MaterialView } from '../../queries/material.view';
import { PublishMaterialCommand } from './publish-material.command';
import { PublishMaterialDto } from './publish-material.dto';

@ApiTags('materials')
@Controller('sessions')
export class PublishMaterialController {
  constructor(private readonly commands: CommandBus) {}

  /** Publishes a session material under a TLP marking (read rules: see GET). */
  @Post(':id/materials')
  @Policy(Operators())
  @ApiOperation({ summary: 'Publish a session material' })
  @ApiBearerAuth()
  @IdempotentCreate(MaterialView, { description: 'the material' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  publish(
    @Param('id', uuidParam()) id: string,
    @Body() body: PublishMaterialDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<MaterialView>> {
    const idempotency = idempotencyRequest(
      key,
      idempotencyScope(principal, `POST /sessions/${id}/materials`),
      body,
    );
    return this.commands.execute(new PublishMaterialCommand(id, body, principal, idempotency));
  }
}
