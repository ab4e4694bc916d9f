import { Body, Controller, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiCreatedView,
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  uuidParam,
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
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' })
  @ApiCreatedView(MaterialView, { idempotent: true, description: 'the material' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  @HttpCode(201)
  async publish(
    @Param('id', uuidParam()) id: string,
    @Body() body: PublishMaterialDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<MaterialView> {
    const idempotency = idempotencyRequest(
      key,
      idempotencyScope(principal, `POST /sessions/${id}/materials`),
      body,
    );
    const outcome: IdempotentOutcome<MaterialView> = await this.commands.execute(
      new PublishMaterialCommand(id, body, principal, idempotency),
    );
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return outcome.body;
  }
}
