import { activeAgencyIds, operatesPlatform, type Membership, type Principal } from './principal';
import { isTlpMarking, markingsUpTo, TLP_MARKINGS, type TlpMarking } from './tlp';

/** SQL expressions (from code, never from input) for the marked table's columns. */
export interface TlpColumns {
  /** text: the TLP marking. */
  tlp: string;
  /** uuid: the originating agency (NULL for platform content). */
  ownerAgencyId: string;
  /** uuid[]: the agencies a TLP:AMBER item is shared with. */
  sharedWithAgencyIds: string;
  /** text[]: the `sub`s named as TLP:RED recipients. */
  recipientSubs: string;
  /** boolean expression: the item is submitted for review. Omit where nothing is reviewed. */
  underReview?: string;
}

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * `canRead` (tlp.policy.ts) as a PostgreSQL boolean expression, so lists, counts and search
 * filter in the database. Every value from the principal travels as a positional parameter
 * (`$firstParamIndex`, `$firstParamIndex + 1`, ...); markings are constants of this module.
 *
 * ```ts
 * const where = tlpReadPredicate(principal, { tlp: 'p.tlp', ownerAgencyId: 'p.owner_agency_id',
 *   sharedWithAgencyIds: 'p.shared_with_agency_ids', recipientSubs: 'p.recipient_subs' }, 2);
 * await manager.query(`SELECT count(*) FROM practices p WHERE p.topic = $1 AND ${where.sql}`, [topic, ...where.params]);
 * ```
 *
 * A NULL column makes its clause NULL, which WHERE treats as false; to select the result as a
 * value write `COALESCE(<sql>, false)`.
 */
export function tlpReadPredicate(
  principal: Principal,
  columns: TlpColumns,
  firstParamIndex: number,
): SqlFragment {
  if (!Number.isInteger(firstParamIndex) || firstParamIndex < 1) {
    throw new RangeError(`firstParamIndex must be a positive integer, got ${firstParamIndex}`);
  }
  const q = new Query(firstParamIndex);
  const c = {
    tlp: `(${columns.tlp})`,
    owner: `(${columns.ownerAgencyId})`,
    shared: `(${columns.sharedWithAgencyIds})`,
    recipients: `(${columns.recipientSubs})`,
    underReview: columns.underReview === undefined ? undefined : `(${columns.underReview})`,
  };
  const clauses = [`${c.tlp} = ${literal('TLP:CLEAR')}`];
  switch (principal.kind) {
    case 'anonymous':
      break;
    case 'integration': {
      const allowed = readableByIntegration(principal.tlpClearance).map(literal).join(', ');
      if (allowed === '') break;
      if (principal.ownerAgencyId === null) {
        clauses.push(`${c.tlp} IN (${allowed})`);
      } else {
        const member = memberClauses(q, c, [principal.ownerAgencyId]);
        clauses.push(`(${c.tlp} IN (${allowed}) AND (${member.join(' OR ')}))`);
      }
      break;
    }
    case 'person': {
      const ids = activeAgencyIds(principal);
      if (ids.length > 0) clauses.push(...memberClauses(q, c, ids));
      const admins = adminAgencyIds(principal.memberships);
      const red = [`${q.param(principal.sub)}::text = ANY(${c.recipients})`];
      if (admins.length > 0) red.push(`${c.owner} = ANY(${q.param(admins)}::uuid[])`);
      clauses.push(`(${c.tlp} = ${literal('TLP:RED')} AND (${red.join(' OR ')}))`);
      if (c.underReview !== undefined && operatesPlatform(principal)) {
        const belowRed = TLP_MARKINGS.filter((m) => m !== 'TLP:RED')
          .map(literal)
          .join(', ');
        clauses.push(`(${c.underReview} AND ${c.tlp} IN (${belowRed}))`);
      }
      break;
    }
  }
  return { sql: `(${clauses.join(' OR ')})`, params: q.params };
}

type Cols = { tlp: string; owner: string; shared: string };

/** GREEN, AMBER and AMBER+STRICT for an active member of `agencyIds` (non-empty). */
function memberClauses(q: Query, c: Cols, agencyIds: string[]): string[] {
  const ids = `${q.param(agencyIds)}::uuid[]`;
  return [
    `${c.tlp} = ${literal('TLP:GREEN')}`,
    `(${c.tlp} = ${literal('TLP:AMBER')} AND (${c.owner} = ANY(${ids}) OR ${c.shared} && ${ids}))`,
    `(${c.tlp} = ${literal('TLP:AMBER+STRICT')} AND ${c.owner} = ANY(${ids}))`,
  ];
}

function adminAgencyIds(memberships: Membership[]): string[] {
  return memberships
    .filter((m) => m.agencyStatus === 'ACTIVE' && m.role === 'agency-admin')
    .map((m) => m.agencyId);
}

/** An integration never reads TLP:RED, whatever its clearance says; an unknown clearance reads CLEAR only. */
function readableByIntegration(clearance: TlpMarking): TlpMarking[] {
  if (!isTlpMarking(clearance)) return [];
  return markingsUpTo(clearance).filter((m) => m !== 'TLP:RED');
}

/** Markings are this module's constants; still, only a known marking becomes a literal. */
function literal(marking: TlpMarking): string {
  if (!isTlpMarking(marking)) throw new TypeError('not a TLP marking');
  return `'${marking}'`;
}

class Query {
  readonly params: unknown[] = [];
  constructor(private readonly first: number) {}

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.first + this.params.length - 1}`;
  }
}
