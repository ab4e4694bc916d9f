import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkPage, ApiProblems, pageLimit, PageQueryDto, timeKeyset } from '@csg/http';
import { IntegrationClientPageView, IntegrationClientView } from '../integration-client.view';
import { ListIntegrationClientsQuery } from './list-integration-clients.query';

@ApiTags('integrations')
@Controller('integrations/clients')
export class ListIntegrationClientsController {
  constructor(private readonly queries: QueryBus) {}

  /** The clients the caller manages (operators: all; agency-admins: their agencies'), newest first. */
  @Get()
  @ApiOperation({ summary: 'List the integration clients the caller manages' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkPage(IntegrationClientView)
  @ApiProblems(400, 401, 403, 429)
  list(
    @Query() query: PageQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IntegrationClientPageView> {
    const limit = pageLimit(query.limit);
    const after = timeKeyset(query.cursor);
    return this.queries.execute(new ListIntegrationClientsQuery(principal, limit, after));
  }
}
