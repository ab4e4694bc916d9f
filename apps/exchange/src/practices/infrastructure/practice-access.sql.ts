import {
  activeAgencyIds,
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
  const $ = (value: unknown) => `$${firstParamIndex + params.push(value) - 1}`;
  const clauses = [`(p.status = 'PUBLISHED' AND ${tlp.sql})`];
  const memberOf = activeAgencyIds(principal);
  if (principal.kind === 'person' && memberOf.length > 0) {
    const admins = principal.memberships
      .filter((m) => m.agencyStatus === 'ACTIVE' && m.role === 'agency-admin')
      .map((m) => m.agencyId);
    clauses.push(
      `(p.owner_agency_id = ANY(${$(memberOf)}::uuid[]) AND (p.tlp <> 'TLP:RED' OR p.author_sub = ${$(principal.sub)}::text OR p.owner_agency_id = ANY(${$(admins)}::uuid[])))`,
    );
  }
  if (operatesPlatform(principal)) {
    clauses.push(
      `(p.status IN ('SUBMITTED', 'PUBLISHED') AND p.tlp <> 'TLP:RED')`,
      `(p.status = 'PUBLISHED' AND p.pending_tlp IS NOT NULL AND p.pending_tlp <> 'TLP:RED')`,
    );
  }
  return { sql: `(${clauses.join(' OR ')})`, params };
}
