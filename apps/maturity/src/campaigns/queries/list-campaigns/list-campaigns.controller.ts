import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkPage, ApiProblems, pageLimit, type Page, timeKeyset } from '@csg/http';
import { callerOf } from '../../../access/caller.util';
import { CampaignView } from '../campaign.view';
import { ListCampaignsDto } from './list-campaigns.dto';
import { ListCampaignsQuery } from './list-campaigns.query';

@ApiTags('campaigns')
@Controller('campaigns')
export class ListCampaignsController {
  constructor(private readonly queries: QueryBus) {}

  /** Organisers see every campaign; agency members those their agency is asked to take part in. */
  @Get()
  @Policy(SignedIn())
  @ApiOperation({ summary: 'List the campaigns the caller may see' })
  @ApiBearerAuth()
  @ApiOkPage(CampaignView)
  @ApiProblems(400, 401, 429)
  list(
    @Query() query: ListCampaignsDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<CampaignView>> {
    const after = timeKeyset(query.cursor);
    return this.queries.execute(
      new ListCampaignsQuery(callerOf(principal), query.status, pageLimit(query.limit), after),
    );
  }
}
