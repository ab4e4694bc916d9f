import { ITEM, TLP_READ_CASES } from '../test/tlp-read.cases';
import {
  activeMembershipOf,
  isAgencyAdmin,
  isOrganiser,
  isPlatformAdmin,
  personPrincipal,
  type Principal,
} from './principal';
import { TLP_MARKINGS, tlpRank, type TlpMarking } from './tlp';
import { canRead } from './tlp.policy';

describe('TLP 2.0 read rule (canRead)', () => {
  const rows = TLP_READ_CASES.flatMap((c) =>
    TLP_MARKINGS.map(
      (marking, i) => [c.name, marking, c.expected[i] ? 'reads' : 'does not read', c] as const,
    ),
  );

  it.each(rows)('%s %s: %s', (_name, marking, _verdict, c) => {
    expect(canRead(c.principal, marking, { ...ITEM, underReview: c.underReview })).toBe(
      c.expected[TLP_MARKINGS.indexOf(marking)],
    );
  });

  it('ranks CLEAR < GREEN < AMBER < AMBER+STRICT < RED', () => {
    expect([...TLP_MARKINGS].sort((a, b) => tlpRank(a) - tlpRank(b))).toEqual([
      'TLP:CLEAR',
      'TLP:GREEN',
      'TLP:AMBER',
      'TLP:AMBER+STRICT',
      'TLP:RED',
    ]);
  });

  it('never reads an unknown marking, and an integration with an unknown clearance reads CLEAR only', () => {
    const admin: Principal = { kind: 'person', sub: 'x', platformRoles: ['platform-admin'], memberships: [] };
    expect(canRead(admin, 'TLP:WHITE' as TlpMarking, { ...ITEM, underReview: true })).toBe(false);
    const odd: Principal = {
      kind: 'integration',
      clientId: 'c',
      ownerAgencyId: null,
      eventTypes: [],
      tlpClearance: 'SECRET' as TlpMarking,
    };
    expect(TLP_MARKINGS.map((m) => canRead(odd, m, ITEM))).toEqual([true, false, false, false, false]);
  });
});

describe('principal helpers', () => {
  it('count a membership only while its agency is ACTIVE', () => {
    const p = personPrincipal({ sub: 's', platformRoles: ['organiser'] }, [
      { agencyId: 'a', role: 'agency-admin', agencyStatus: 'ACTIVE' },
      { agencyId: 'b', role: 'agency-admin', agencyStatus: 'SUSPENDED' },
    ]);
    expect(activeMembershipOf(p, 'a')?.role).toBe('agency-admin');
    expect(activeMembershipOf(p, 'b')).toBeUndefined();
    expect(isAgencyAdmin(p, 'a')).toBe(true);
    expect(isAgencyAdmin(p, 'b')).toBe(false);
    expect(isOrganiser(p)).toBe(true);
    expect(isPlatformAdmin(p)).toBe(false);
    expect(isOrganiser({ kind: 'anonymous' })).toBe(false);
  });
});
