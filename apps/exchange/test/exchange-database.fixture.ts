import { openServiceTestDatabase, type ServiceTestDatabase } from '@csg/testing/postgres/service-database';
import { EXCHANGE_ENTITIES } from '../src/exchange.entities';
import { EXCHANGE_MIGRATIONS } from '../src/exchange.migrations';

export type ExchangeDatabase = ServiceTestDatabase;

/** A fresh database with every exchange migration applied, as the service opens it. */
export function openExchangeDatabase(prefix: string): Promise<ExchangeDatabase> {
  return openServiceTestDatabase(prefix, {
    service: 'exchange',
    entities: EXCHANGE_ENTITIES,
    migrations: EXCHANGE_MIGRATIONS,
  });
}
