import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { EntityInsert } from '@csg/persistence';
import { Agency } from '../domain/agency.aggregate';
import { AgencyRepository } from '../domain/agency-repository.port';
import { AgencyRuleViolation } from '../domain/agency.errors';
import { agencyFromRow, agencyToRow } from './agency.mapper';
import { AgencyOrmEntity } from './agency.orm-entity';

const UNIQUE_VIOLATION = '23505';
/** The insert as a named statement from the entity's metadata (ADR 49). */
const AGENCY_INSERT = new EntityInsert(AgencyOrmEntity, 'agencies.agency.insert');

/**
 * The Agency aggregate in its table, in the running unit of work's transaction: one row, loaded,
 * inserted and updated (version-checked) through the entity (ADR 13).
 */
@Injectable()
export class TypeOrmAgencyRepository extends AgencyRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async insert(agency: Agency): Promise<void> {
    await this.refusingDuplicateAcronym(agency, () =>
      AGENCY_INSERT.insert(this.manager, agencyToRow(agency.snapshot())),
    );
    this.transactions.current.track(agency);
  }

  async findById(id: string): Promise<Agency | null> {
    const row = await this.manager.findOneBy(AgencyOrmEntity, { id });
    return row ? Agency.restore(agencyFromRow(row)) : null;
  }

  async lockById(id: string): Promise<Agency | null> {
    const row = await this.manager
      .createQueryBuilder(AgencyOrmEntity, 'a')
      .setLock('for_no_key_update')
      .where('a.id = :id', { id })
      .getOne();
    return row ? Agency.restore(agencyFromRow(row)) : null;
  }

  /**
   * Writes the agency if its row is still at `previousVersion` (optimistic concurrency: a
   * concurrent change in between makes this a VERSION_MISMATCH, and the transaction rolls back).
   * Through the entity (ADR 13): the column list is the entity's, not a hand-kept one.
   */
  async update(agency: Agency, previousVersion: number): Promise<void> {
    // The id, the creation and the applicant never change after the insert.
    const {
      id,
      createdAt: _c,
      applicantSub: _s,
      applicantDisplayName: _n,
      applicantEmail: _e,
      ...changes
    } = agencyToRow(agency.snapshot());
    const { affected } = await this.refusingDuplicateAcronym(agency, () =>
      this.manager.update(AgencyOrmEntity, { id, version: previousVersion }, changes),
    );
    if (affected !== 1) {
      throw new AgencyRuleViolation('AGENCY.VERSION_MISMATCH', 'The agency changed meanwhile; reload it.');
    }
    this.transactions.current.track(agency);
  }

  private async refusingDuplicateAcronym<T>(agency: Agency, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
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
}
