import type { Principal } from './principal';
import { tlpReadPredicate, type TlpColumns } from './tlp.sql';

const COLUMNS: TlpColumns = {
  tlp: 'i.tlp',
  ownerAgencyId: 'i.owner_agency_id',
  sharedWithAgencyIds: 'i.shared_with_agency_ids',
  recipientSubs: 'i.recipient_subs',
  underReview: "i.status = 'SUBMITTED'",
};

describe('tlpReadPredicate (SQL text)', () => {
  it('anonymous: CLEAR only, no parameters', () => {
    expect(tlpReadPredicate({ kind: 'anonymous' }, COLUMNS, 1)).toEqual({
      sql: "((i.tlp) = 'TLP:CLEAR')",
      params: [],
    });
  });

  it('passes every value from the principal as a positional parameter, numbered from firstParamIndex', () => {
    const hostile = "x' OR true --";
    const principal: Principal = {
      kind: 'person',
      sub: hostile,
      platformRoles: ['organiser'],
      memberships: [{ agencyId: 'a', role: 'agency-admin', agencyStatus: 'ACTIVE' }],
    };
    const { sql, params } = tlpReadPredicate(principal, COLUMNS, 3);
    expect(sql).not.toContain(hostile);
    expect(params).toEqual([['a'], hostile, ['a']]);
    expect(sql.match(/\$\d+/g)?.sort()).toEqual(['$3', '$3', '$3', '$4', '$5']);
    expect(sql.startsWith('(') && sql.endsWith(')')).toBe(true);
  });

  it('omits the review clause when the table has no review column', () => {
    const organiser: Principal = { kind: 'person', sub: 'o', platformRoles: ['organiser'], memberships: [] };
    const { underReview: _omit, ...withoutReview } = COLUMNS;
    expect(tlpReadPredicate(organiser, withoutReview, 1).sql).not.toContain('SUBMITTED');
    expect(tlpReadPredicate(organiser, COLUMNS, 1).sql).toContain("(i.status = 'SUBMITTED')");
  });

  it('rejects a parameter index below 1', () => {
    expect(() => tlpReadPredicate({ kind: 'anonymous' }, COLUMNS, 0)).toThrow(RangeError);
  });
});
