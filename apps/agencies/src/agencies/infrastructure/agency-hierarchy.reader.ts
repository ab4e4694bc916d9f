import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import type { AgencyStatus, AgencyTier } from '../domain/agency.aggregate';
import { AgencyHierarchy, type ParentCandidate } from '../domain/agency-hierarchy.port';

/**
 * Reads what the hierarchy rules need, in the running unit of work's transaction: an advisory
 * lock and a recursive ancestor query, set-based SQL (ADR 13).
 */
@Injectable()
export class SqlAgencyHierarchy extends AgencyHierarchy {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async lock(): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('csg.agencies.hierarchy', 0))`);
  }

  /** The would-be parent with its ancestors (nearest first), or null when there is no such agency. */
  async parent(id: string): Promise<ParentCandidate | null> {
    const rows: Array<{ id: string; tier: AgencyTier; status: AgencyStatus; applicantSub: string | null }> =
      await this.manager.query(
        `SELECT id, tier, status, applicant_sub AS "applicantSub" FROM agencies WHERE id = $1`,
        [id],
      );
    if (rows.length === 0) return null;
    const ancestors: Array<{ id: string }> = await this.manager.query(
      `WITH RECURSIVE chain (id, parent_agency_id, depth) AS (
         SELECT p.id, p.parent_agency_id, 1 FROM agencies c JOIN agencies p ON p.id = c.parent_agency_id WHERE c.id = $1
         UNION ALL
         SELECT a.id, a.parent_agency_id, chain.depth + 1
           FROM agencies a JOIN chain ON a.id = chain.parent_agency_id
          WHERE chain.depth < 64
       )
       SELECT id FROM chain ORDER BY depth`,
      [id],
    );
    return { ...rows[0], ancestorIds: ancestors.map((a) => a.id) };
  }

  /** The tiers of the agency's direct children (each at most as high as theirs, by the rule). */
  async childTiers(id: string): Promise<AgencyTier[]> {
    const rows: Array<{ tier: AgencyTier }> = await this.manager.query(
      `SELECT DISTINCT tier FROM agencies WHERE parent_agency_id = $1`,
      [id],
    );
    return rows.map((r) => r.tier);
  }
}
