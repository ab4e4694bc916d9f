import type { EntityManager } from 'typeorm';

export interface ParticipationCounts {
  registered: number;
  confirmed: number;
  waitlisted: number;
  cancelled: number;
  attended: number;
}

export interface SessionAgencyParticipation extends ParticipationCounts {
  sessionId: string;
  sequence: number;
  sessionTitle: string;
  startsAt: string;
  sessionStatus: string;
  agencyId: string;
  agencyName: string | null;
  agencyAcronym: string | null;
  tier: string;
  sector: string;
}

export interface GroupParticipation extends ParticipationCounts {
  key: string;
}

export interface ParticipationFigures {
  rows: SessionAgencyParticipation[];
  byTier: GroupParticipation[];
  bySector: GroupParticipation[];
}

const COUNTS = `
  count(*) FILTER (WHERE r.status <> 'CANCELLED')::int AS registered,
  count(*) FILTER (WHERE r.status = 'CONFIRMED')::int AS confirmed,
  count(*) FILTER (WHERE r.status = 'WAITLISTED')::int AS waitlisted,
  count(*) FILTER (WHERE r.status = 'CANCELLED')::int AS cancelled,
  count(*) FILTER (WHERE r.attended_at IS NOT NULL)::int AS attended`;

/**
 * Participation computed in SQL, in one statement with grouping sets: per session and agency,
 * per tier and per sector, for the sessions (not drafts) starting in [from, to). An agency the
 * directory does not know yet counts under tier and sector `UNKNOWN`.
 */
export class ParticipationReader {
  constructor(private readonly manager: EntityManager) {}

  async figures(from: Date | undefined, to: Date | undefined): Promise<ParticipationFigures> {
    const rows: Array<SessionAgencyParticipation & { byTier: boolean; bySector: boolean }> =
      await this.manager.query(
        `SELECT s.id AS "sessionId", s.sequence, s.title AS "sessionTitle", s.starts_at AS "startsAt",
              s.status AS "sessionStatus", r.agency_id AS "agencyId", a.name AS "agencyName",
              a.acronym AS "agencyAcronym", coalesce(a.tier, 'UNKNOWN') AS tier, coalesce(a.sector, 'UNKNOWN') AS sector,
              GROUPING(s.id) = 1 AND GROUPING(coalesce(a.sector, 'UNKNOWN')) = 1 AS "byTier",
              GROUPING(s.id) = 1 AND GROUPING(coalesce(a.tier, 'UNKNOWN')) = 1 AS "bySector",
              ${COUNTS}
         FROM registrations r
         JOIN sessions s ON s.id = r.session_id
         LEFT JOIN agency_directory a ON a.agency_id = r.agency_id
        WHERE s.status <> 'DRAFT'
          AND ($1::timestamptz IS NULL OR s.starts_at >= $1)
          AND ($2::timestamptz IS NULL OR s.starts_at < $2)
        GROUP BY GROUPING SETS (
          (s.id, s.sequence, s.title, s.starts_at, s.status, r.agency_id, a.name, a.acronym,
           coalesce(a.tier, 'UNKNOWN'), coalesce(a.sector, 'UNKNOWN')),
          (coalesce(a.tier, 'UNKNOWN')),
          (coalesce(a.sector, 'UNKNOWN'))
        )
        ORDER BY "startsAt" NULLS LAST, sequence NULLS LAST, "agencyAcronym", "agencyId", tier, sector`,
        [from ?? null, to ?? null],
      );
    const counts = (r: ParticipationCounts): ParticipationCounts => ({
      registered: r.registered,
      confirmed: r.confirmed,
      waitlisted: r.waitlisted,
      cancelled: r.cancelled,
      attended: r.attended,
    });
    return {
      rows: rows
        .filter((r) => !r.byTier && !r.bySector)
        .map(({ byTier: _t, bySector: _s, ...row }) => ({
          ...row,
          startsAt: new Date(row.startsAt).toISOString(),
        })),
      byTier: rows.filter((r) => r.byTier).map((r) => ({ key: r.tier, ...counts(r) })),
      bySector: rows.filter((r) => r.bySector).map((r) => ({ key: r.sector, ...counts(r) })),
    };
  }
}
