import { openServiceTestDatabase, type ServiceTestDatabase } from '@csg/testing/postgres/service-database';
import { SESSIONS_ENTITIES } from '../src/sessions.entities';
import { SESSIONS_MIGRATIONS } from '../src/sessions.migrations';

export type SessionsDatabase = ServiceTestDatabase;

/** A fresh database with every sessions migration applied, with a pool as large as the service's. */
export function openSessionsDatabase(prefix: string, poolSize = 10): Promise<SessionsDatabase> {
  return openServiceTestDatabase(prefix, {
    service: 'sessions',
    entities: SESSIONS_ENTITIES,
    migrations: SESSIONS_MIGRATIONS,
    poolSize,
  });
}
