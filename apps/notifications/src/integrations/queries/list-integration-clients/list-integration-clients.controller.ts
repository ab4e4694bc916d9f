import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkPage, ApiProblems, decodeCursor, pageLimit, PageQueryDto, toPage } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { managedOwners } from '../../../access/caller.util';
import { IntegrationClientRepository } from '../../infrastructure/integration-client.repository';
import {
  IntegrationClientPageView,
  IntegrationClientView,
  toIntegrationClientView,
} from '../integration-client.view';

@ApiTags('integrations')
@Controller('integrations/clients')
export class ListIntegrationClientsController {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {}

  /** The clients the caller manages (operators: all; agency-admins: their agencies'), newest first. */
  @Get()
  @ApiOperation({ summary: 'List the integration clients the caller manages' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkPage(IntegrationClientView)
  @ApiProblems(400, 401, 403, 429)
  async list(
    @Query() query: PageQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<IntegrationClientPageView> {
    const limit = pageLimit(query.limit);
    const after = decodeCursor(query.cursor, ['string', 'uuid']) as [string, string] | undefined;
    const rows = await new IntegrationClientRepository(this.dataSource.manager).list(
      managedOwners(principal),
      limit + 1,
      after,
    );
    return toPage(rows, limit, (r) => [r.created_at.toISOString(), r.id], toIntegrationClientView);
  }
}
