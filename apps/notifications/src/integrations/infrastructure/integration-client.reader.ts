import { Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import type { ManagedOwners } from '../../access/caller.util';
import { IntegrationClientReader } from '../domain/integration-client.ports';
import type { IntegrationClientRow } from '../domain/integration-client.record';
import { IntegrationClientRepository } from './integration-client.repository';

/** The clients' listing on the service's pool, through the repository's own statement. */
@Injectable()
export class SqlIntegrationClientReader extends IntegrationClientReader {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {
    super();
  }

  list(
    owners: ManagedOwners,
    limit: number,
    after?: readonly [string, string],
  ): Promise<IntegrationClientRow[]> {
    return new IntegrationClientRepository(this.dataSource.manager).list(owners, limit, after);
  }
}
