import type { EntityManager } from 'typeorm';
import { tlpReadPredicate, type Principal, type TlpMarking } from '@csg/auth';

export interface DeliveredSessionRow {
  sessionId: string;
  title: string;
  startsAt: Date;
  attendingAgencies: number;
}

export interface ParticipationRow {
  dimension: 'tier' | 'sector';
  key: string;
  /** ACTIVE agencies of the tier or sector. */
  agencies: number;
  /** Of those, the ones that attended a session delivered in the period. */
  attending: number;
}

export interface ExchangeActivityRow {
  published: number;
  adoptions: number;
  adoptingAgencies: number;
}

export interface AdoptedPracticeRow {
  practiceId: string;
  title: string | null;
  tlp: TlpMarking;
  adoptions: number;
}

const DELIVERED = `SELECT session_id FROM projected_sessions WHERE status = 'COMPLETED' AND starts_at >= $1 AND starts_at < $2`;

/**
 * What the programme report reads beside the maturity and impact reports: maturity's own
 * projections of the sessions (completed sessions, attending agencies), of the agency directory
 * and of the exchange's practices. Periods are [from, to) in UTC.
 */
export class ProgrammeReader {
  constructor(private readonly manager: EntityManager) {}

  delivered(from: Date, to: Date): Promise<DeliveredSessionRow[]> {
    return this.manager.query(
      `SELECT s.session_id AS "sessionId", s.title, s.starts_at AS "startsAt",
              (SELECT count(*)::int FROM projected_session_attendance t WHERE t.session_id = s.session_id) AS "attendingAgencies"
         FROM projected_sessions s WHERE s.session_id IN (${DELIVERED})
        ORDER BY s.starts_at, s.session_id`,
      [from, to],
    );
  }

  participation(from: Date, to: Date): Promise<ParticipationRow[]> {
    return this.manager.query(
      `WITH attending AS (SELECT DISTINCT agency_id FROM projected_session_attendance WHERE session_id IN (${DELIVERED})),
            active AS (SELECT d.agency_id, d.tier, d.sector, t.agency_id IS NOT NULL AS attended
                         FROM agency_directory d LEFT JOIN attending t ON t.agency_id = d.agency_id WHERE d.status = 'ACTIVE')
       SELECT 'tier' AS dimension, tier AS key, count(*)::int AS agencies, count(*) FILTER (WHERE attended)::int AS attending
         FROM active GROUP BY tier
       UNION ALL
       SELECT 'sector', sector, count(*)::int, count(*) FILTER (WHERE attended)::int FROM active GROUP BY sector
       ORDER BY 1 DESC, 2`,
      [from, to],
    );
  }

  /** Published practices the reader may read, and their adoptions: the recommendations' TLP predicate. */
  async exchange(
    reader: Principal,
    limit: number,
  ): Promise<{ activity: ExchangeActivityRow; top: AdoptedPracticeRow[] }> {
    const columns = {
      tlp: 'p.tlp',
      ownerAgencyId: 'p.owner_agency_id',
      sharedWithAgencyIds: 'p.shared_with_agency_ids',
      recipientSubs: 'p.recipient_subs',
    };
    const practices = (firstParam: number) => {
      const readable = tlpReadPredicate(reader, columns, firstParam);
      return {
        sql: `SELECT p.practice_id, p.title, p.tlp FROM projected_practices p WHERE p.published AND ${readable.sql}`,
        params: readable.params,
      };
    };
    const all = practices(1);
    const ranked = practices(2);
    const [[activity], top] = await Promise.all([
      this.manager.query(
        `WITH r AS (${all.sql}), adopted AS (SELECT a.* FROM projected_practice_adoptions a JOIN r ON r.practice_id = a.practice_id)
         SELECT (SELECT count(*)::int FROM r) AS published, (SELECT count(*)::int FROM adopted) AS adoptions,
                (SELECT count(DISTINCT agency_id)::int FROM adopted) AS "adoptingAgencies"`,
        all.params,
      ),
      this.manager.query(
        `WITH r AS (${ranked.sql})
         SELECT r.practice_id AS "practiceId", r.title, r.tlp, count(a.agency_id)::int AS adoptions
           FROM r JOIN projected_practice_adoptions a ON a.practice_id = r.practice_id
          GROUP BY r.practice_id, r.title, r.tlp
          ORDER BY adoptions DESC, r.practice_id LIMIT $1`,
        [limit, ...ranked.params],
      ),
    ]);
    return { activity, top };
  }

  /** The markings of the assessments whose figures name their agency in the report. */
  async markingsOf(campaignIds: string[], agencyIds: string[]): Promise<TlpMarking[]> {
    const rows: Array<{ tlp: TlpMarking }> = await this.manager.query(
      `SELECT DISTINCT tlp FROM assessments
        WHERE campaign_id = ANY($1::uuid[]) AND agency_id = ANY($2::uuid[]) AND status IN ('SUBMITTED', 'REVIEWED')`,
      [campaignIds, agencyIds],
    );
    return rows.map((r) => r.tlp);
  }

  async campaignNames(ids: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; name: string }> = await this.manager.query(
      `SELECT id, name FROM campaigns WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
