import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiProblems,
  idempotencyRequest,
  type IdempotentOutcome,
  IdempotencyKey,
  IdempotentCreate,
} from '@csg/http';
import { callerOf } from '../../../access/caller.util';
import { CampaignView } from '../../queries/campaign.view';
import { OpenCampaignCommand } from './open-campaign.command';
import { OpenCampaignDto } from './open-campaign.dto';

@ApiTags('campaigns')
@Controller('campaigns')
export class OpenCampaignController {
  constructor(private readonly commands: CommandBus) {}

  /** Organisers open a campaign on a framework for an audience, with a window and targets. */
  @Post()
  @Policy(Operators())
  @ApiOperation({ summary: 'Open a maturity campaign' })
  @ApiBearerAuth()
  @IdempotentCreate(CampaignView, { etag: true, location: 'campaigns/:id' })
  @ApiProblems(400, 401, 403, 413, 415, 422, 429)
  open(
    @Body() body: OpenCampaignDto,
    @CurrentPrincipal() principal: Principal,
    @IdempotencyKey() key: string | undefined,
  ): Promise<IdempotentOutcome<CampaignView>> {
    const idempotency = idempotencyRequest(key, idempotencyScope(principal, 'POST /campaigns'), body);
    return this.commands.execute(
      new OpenCampaignCommand(
        { ...body, opensAt: new Date(body.opensAt), closesAt: new Date(body.closesAt) },
        callerOf(principal).sub,
        idempotency,
      ),
    );
  }
}
