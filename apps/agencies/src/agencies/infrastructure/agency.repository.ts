import type { EntityManager } from 'typeorm';
import { Agency } from '../domain/agency.aggregate';
import { AgencyRuleViolation } from '../domain/agency.errors';
import { AgencyOrmEntity } from './agency.orm-entity';

const UNIQUE_VIOLATION = '23505';

/** Maps the Agency aggregate to its table, inside the caller's transaction. */
export class AgencyRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(agency: Agency): Promise<void> {
    try {
      await this.manager.insert(AgencyOrmEntity, { ...agency.snapshot() });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
        throw new AgencyRuleViolation(
          'AGENCY.ACRONYM_TAKEN',
          `The acronym ${agency.snapshot().acronym} is already registered.`,
        );
      }
      throw error;
    }
  }

  async findById(id: string): Promise<Agency | null> {
    const row = await this.manager.findOneBy(AgencyOrmEntity, { id });
    return row ? Agency.restore({ ...row, tier: row.tier as never, status: row.status as never }) : null;
  }
}
