import type { EntityManager } from 'typeorm';
import {
  AGENCY_STATE_EVENT_TYPES,
  MemberAdded,
  MemberRemoved,
  MemberRoleChanged,
  MemberSnapshotted,
  MemberUpdated,
  type AgencyStateData,
  type MemberStateData,
} from '@csg/contracts/catalogue/agencies.events';
import { namedStatement, rowsOfNamed } from '@csg/persistence';
import type { Membership } from '../principal';

export const MEMBER_STATE_EVENT_TYPES = [
  MemberAdded,
  MemberRoleChanged,
  MemberUpdated,
  MemberSnapshotted,
].map((e) => e.type);
export const MEMBER_REMOVED_EVENT_TYPES = [MemberRemoved.type];
/** Every event type the projection consumes (subscribe the handler to all of them). */
export const MEMBERSHIP_EVENT_TYPES = [
  ...AGENCY_STATE_EVENT_TYPES,
  ...MEMBER_STATE_EVENT_TYPES,
  ...MEMBER_REMOVED_EVENT_TYPES,
];

/**
 * Keeps `projected_agencies` and `projected_memberships` in step with the agencies service, inside
 * the caller's transaction (the inbox's, so a redelivered event is not applied twice). Events
 * carry full state and a version, and every write is guarded: a late, repeated or replayed
 * event never rolls the projection back, and a removed membership stays removed.
 *
 * Ordering of two facts about the same (agency, sub): the same `memberId` compares `version`;
 * a different `memberId` (the person left and was added again) compares `occurredAt`.
 */
export class MembershipProjection {
  /** Applies one event; returns false when its type is not one the projection consumes. */
  async apply(manager: EntityManager, event: { type: string; data: unknown }): Promise<boolean> {
    if (AGENCY_STATE_EVENT_TYPES.includes(event.type)) {
      await this.applyAgency(manager, event.data as AgencyStateData);
    } else if (MEMBER_STATE_EVENT_TYPES.includes(event.type)) {
      await this.applyMember(manager, event.data as MemberStateData);
    } else if (MEMBER_REMOVED_EVENT_TYPES.includes(event.type)) {
      await this.removeMember(manager, event.data as MemberStateData);
    } else {
      return false;
    }
    return true;
  }

  /** `csg.agencies.agency.{registered,verified,updated,suspended,reinstated,snapshotted}.v1` */
  async applyAgency(manager: EntityManager, a: AgencyStateData): Promise<void> {
    await manager.query(
      `INSERT INTO projected_agencies (agency_id, name, acronym, status, version, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (agency_id) DO UPDATE SET
         name = EXCLUDED.name, acronym = EXCLUDED.acronym, status = EXCLUDED.status,
         version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
       WHERE projected_agencies.version < EXCLUDED.version`,
      [a.agencyId, a.name, a.acronym, a.status, a.version, a.occurredAt],
    );
  }

  /** `csg.agencies.member.{added,role-changed,updated,snapshotted}.v1` */
  async applyMember(manager: EntityManager, m: MemberStateData): Promise<void> {
    await inTransaction(manager, async (tx) => {
      if (!(await supersedes(tx, m))) return;
      await tx.query(`DELETE FROM projected_membership_removals WHERE agency_id = $1 AND sub = $2`, [
        m.agencyId,
        m.sub,
      ]);
      await tx.query(
        `INSERT INTO projected_memberships (agency_id, sub, member_id, role, version, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (agency_id, sub) DO UPDATE SET
           member_id = EXCLUDED.member_id, role = EXCLUDED.role,
           version = EXCLUDED.version, updated_at = EXCLUDED.updated_at`,
        [m.agencyId, m.sub, m.memberId, m.role, m.version, m.occurredAt],
      );
    });
  }

  /** `csg.agencies.member.removed.v1`: deletes the membership and remembers the removal. */
  async removeMember(manager: EntityManager, m: MemberStateData): Promise<void> {
    await inTransaction(manager, async (tx) => {
      if (!(await supersedes(tx, m))) return;
      await tx.query(`DELETE FROM projected_memberships WHERE agency_id = $1 AND sub = $2`, [
        m.agencyId,
        m.sub,
      ]);
      await tx.query(
        `INSERT INTO projected_membership_removals (agency_id, sub, member_id, version, removed_at)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (agency_id, sub) DO UPDATE SET
           member_id = EXCLUDED.member_id, version = EXCLUDED.version, removed_at = EXCLUDED.removed_at`,
        [m.agencyId, m.sub, m.memberId, m.version, m.occurredAt],
      );
    });
  }
}

/**
 * A person's memberships with their agency's status, in one query. Memberships of agencies the
 * projection has not seen yet are left out (they could not grant anything).
 */
/** Read on every authenticated request: a named statement (ADR 49). */
const MEMBERSHIPS_OF = namedStatement(
  'auth.projected-memberships.of-sub',
  `SELECT m.agency_id AS "agencyId", m.role AS "role", a.status AS "agencyStatus"
     FROM projected_memberships m
     JOIN projected_agencies a ON a.agency_id = m.agency_id
    WHERE m.sub = $1
    ORDER BY m.agency_id`,
);

export async function loadMemberships(manager: EntityManager, sub: string): Promise<Membership[]> {
  const rows = await rowsOfNamed<Membership>(manager, MEMBERSHIPS_OF, [sub]);
  return rows.map((r) => ({ agencyId: r.agencyId, role: r.role, agencyStatus: r.agencyStatus }));
}

/**
 * Whether `sub` is a member of the agency as the projection knows it (what a service checks before
 * it names a person of an agency, e.g. as the owner of something). The table's SQL stays here.
 */
export async function isAgencyMember(
  manager: Pick<EntityManager, 'query'>,
  agencyId: string,
  sub: string,
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM projected_memberships WHERE agency_id = $1 AND sub = $2`,
    [agencyId, sub],
  );
  return rows.length > 0;
}

/**
 * Whether the event is newer than what the projection holds for its (agency, sub), live or
 * removed. Takes a transaction-scoped advisory lock on the pair first, so two consumers
 * cannot interleave their check and write.
 */
async function supersedes(tx: EntityManager, m: MemberStateData): Promise<boolean> {
  await tx.query(
    `SELECT pg_advisory_xact_lock(hashtextextended('csg.membership:' || $1::text || ':' || $2::text, 0))`,
    [m.agencyId, m.sub],
  );
  const [row]: Array<{ stale: boolean }> = await tx.query(
    `SELECT EXISTS (
       SELECT 1 FROM (
         SELECT member_id, version, updated_at AS at FROM projected_memberships WHERE agency_id = $1 AND sub = $2
         UNION ALL
         SELECT member_id, version, removed_at FROM projected_membership_removals WHERE agency_id = $1 AND sub = $2
       ) known
       WHERE NOT ((known.member_id = $3 AND known.version < $4) OR (known.member_id <> $3 AND known.at < $5::timestamptz))
     ) AS stale`,
    [m.agencyId, m.sub, m.memberId, m.version, m.occurredAt],
  );
  return !row.stale;
}

function inTransaction<T>(manager: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return manager.queryRunner?.isTransactionActive ? work(manager) : manager.transaction(work);
}
