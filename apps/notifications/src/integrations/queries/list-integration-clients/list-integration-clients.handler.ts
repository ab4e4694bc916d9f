import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { toPage } from '@csg/http';
import { managedOwners } from '../../../access/caller.util';
import { IntegrationClientReader } from '../../domain/integration-client.ports';
import { toIntegrationClientView, type IntegrationClientPageView } from '../integration-client.view';
import { ListIntegrationClientsQuery } from './list-integration-clients.query';

/** Operators list every client; an agency-admin those of the ACTIVE agencies they administer. */
@QueryHandler(ListIntegrationClientsQuery)
export class ListIntegrationClientsHandler implements IQueryHandler<
  ListIntegrationClientsQuery,
  IntegrationClientPageView
> {
  constructor(private readonly clients: IntegrationClientReader) {}

  async execute({ viewer, limit, after }: ListIntegrationClientsQuery): Promise<IntegrationClientPageView> {
    const rows = await this.clients.list(managedOwners(viewer), limit + 1, after);
    return toPage(rows, limit, (r) => [r.created_at.toISOString(), r.id], toIntegrationClientView);
  }
}
