import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, VersionEtag, uuidParam } from '@csg/http';
import { callerOf } from '../../../access/caller.util';
import { CampaignView } from '../campaign.view';
import { GetCampaignQuery } from './get-campaign.query';

@ApiTags('campaigns')
@Controller('campaigns')
export class GetCampaignController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Read a campaign' })
  @ApiBearerAuth()
  @ApiOkView(CampaignView, { etag: true })
  @ApiProblems(400, 401, 404, 429)
  @VersionEtag()
  get(@Param('id', uuidParam()) id: string, @CurrentPrincipal() principal: Principal): Promise<CampaignView> {
    return this.queries.execute(new GetCampaignQuery(id, callerOf(principal)));
  }
}
