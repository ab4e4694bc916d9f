import { openServiceTestDatabase, type ServiceTestDatabase } from '@csg/testing/postgres/service-database';
import { AGENCIES_MIGRATIONS } from '../src/agencies.migrations';
import { AGENCIES_OUTBOX } from '../src/agencies.outbox';
import { AgencyOrmEntity } from '../src/agencies/infrastructure/agency.orm-entity';
import { MemberOrmEntity } from '../src/members/infrastructure/member.orm-entity';

export type AgenciesDatabase = ServiceTestDatabase;

/** A fresh database with every agencies migration applied, as the service opens it. */
export function openAgenciesDatabase(prefix: string): Promise<AgenciesDatabase> {
  return openServiceTestDatabase(prefix, {
    service: 'agencies',
    entities: [AgencyOrmEntity, MemberOrmEntity],
    migrations: AGENCIES_MIGRATIONS,
    outbox: AGENCIES_OUTBOX,
  });
}
