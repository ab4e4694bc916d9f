import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal, idempotencyScope } from '@csg/auth';
import {
  ApiCreatedView,
  ApiProblems,
  idempotencyRequest,
  VersionEtag,
  type IdempotentOutcome,
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
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' })
  @ApiCreatedView(CampaignView, { etag: true, location: true, idempotent: true })
  @ApiProblems(400, 401, 403, 413, 415, 422, 429)
  @HttpCode(201)
  @VersionEtag()
  async open(
    @Body() body: OpenCampaignDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: { header(name: string, value: string): unknown },
  ): Promise<CampaignView> {
    const idempotency = idempotencyRequest(key, idempotencyScope(principal, 'POST /campaigns'), body);
    const outcome: IdempotentOutcome<CampaignView> = await this.commands.execute(
      new OpenCampaignCommand(
        { ...body, opensAt: new Date(body.opensAt), closesAt: new Date(body.closesAt) },
        callerOf(principal).sub,
        idempotency,
      ),
    );
    reply.header('location', `/api/v1/campaigns/${outcome.body.id}`);
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    return outcome.body;
  }
}
