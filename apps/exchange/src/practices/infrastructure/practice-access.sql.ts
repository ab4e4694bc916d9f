import {
  activeAgencyIds,
  isPerson,
  operatesPlatform,
  tlpReadPredicate,
  type Principal,
  type SqlFragment,
} from '@csg/auth';

/**
 * `practiceIsReadableBy` (domain/practice-visibility.rule.ts) as a PostgreSQL boolean over the
 * `practices` row aliased `p`, so get, list, search, facets, comments, revisions and
 * endorsements filter in the same SQL statement. The published part is libs/auth's TLP
 * predicate; values from the principal are positional parameters from `$firstParamIndex` on.
 */
export function practiceReadPredicate(principal: Principal, firstParamIndex: number): SqlFragment {
  const tlp = tlpReadPredicate(
    principal,
    {
      tlp: 'p.tlp',
      ownerAgencyId: 'p.owner_agency_id',
      sharedWithAgencyIds: 'p.shared_with_agency_ids',
      recipientSubs: 'p.recipient_subs',
    },
    firstParamIndex,
  );
  const params = [...tlp.params];
  const clauses = [`(p.status = 'PUBLISHED' AND ${tlp.sql})`];
  const owner = ownerClause(principal, firstParamIndex, params);
  if (owner) clauses.push(owner);
  if (operatesPlatform(principal)) {
    clauses.push(
      `(p.status IN ('SUBMITTED', 'PUBLISHED') AND p.tlp <> 'TLP:RED')`,
      `(p.status = 'PUBLISHED' AND p.pending_tlp IS NOT NULL AND p.pending_tlp <> 'TLP:RED')`,
    );
  }
  return { sql: `(${clauses.join(' OR ')})`, params };
}

/**
 * `seesPendingWork` (domain/practice-visibility.rule.ts) in SQL over `p`: the owning agency
 * (TLP:RED: its author and admins) and, while a pending revision is submitted, the operators who
 * review it read the pending revision and the proposals before it (ADR 56).
 */
export function pendingWorkPredicate(principal: Principal, firstParamIndex: number): SqlFragment {
  const params: unknown[] = [];
  const clauses: string[] = [];
  const owner = ownerClause(principal, firstParamIndex, params);
  if (owner) clauses.push(owner);
  if (operatesPlatform(principal)) {
    clauses.push(
      `(p.status = 'PUBLISHED' AND p.pending_revision_status = 'SUBMITTED' AND p.tlp <> 'TLP:RED')`,
    );
  }
  return { sql: clauses.length > 0 ? `(${clauses.join(' OR ')})` : 'false', params };
}

/** The owning agency's active members (TLP:RED: its author and admins), with its values appended to `params`. */
function ownerClause(principal: Principal, firstParamIndex: number, params: unknown[]): string | null {
  const memberOf = activeAgencyIds(principal);
  if (!isPerson(principal) || memberOf.length === 0) return null;
  const $ = (value: unknown) => `$${firstParamIndex + params.push(value) - 1}`;
  const admins = principal.memberships
    .filter((m) => m.agencyStatus === 'ACTIVE' && m.role === 'agency-admin')
    .map((m) => m.agencyId);
  return `(p.owner_agency_id = ANY(${$(memberOf)}::uuid[]) AND (p.tlp <> 'TLP:RED' OR p.author_sub = ${$(principal.sub)}::text OR p.owner_agency_id = ANY(${$(admins)}::uuid[])))`;
}
