import { ANONYMOUS, type Principal } from '../principal';
import { admits } from './policy-evaluator';
import { AgencyRoles, body, IntegrationKey, Operators, param, Public, SignedIn } from './route-policy';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const person = (
  memberships: Array<[string, 'agency-admin' | 'member', 'ACTIVE' | 'SUSPENDED']>,
  roles: Array<'organiser' | 'platform-admin'> = [],
): Principal => ({
  kind: 'person',
  sub: 's',
  platformRoles: roles,
  memberships: memberships.map(([agencyId, role, agencyStatus]) => ({ agencyId, role, agencyStatus })),
});

describe('route policies', () => {
  it('public admits everyone, signed-in only people', () => {
    expect(admits(Public(), ANONYMOUS, {})).toBe(true);
    expect(admits(SignedIn(), ANONYMOUS, {})).toBe(false);
    expect(admits(SignedIn(), person([]), {})).toBe(true);
  });

  it('operators are organisers and platform-admins only', () => {
    expect(admits(Operators(), person([], ['organiser']), {})).toBe(true);
    expect(admits(Operators(), person([], ['platform-admin']), {})).toBe(true);
    expect(admits(Operators(), person([[A, 'agency-admin', 'ACTIVE']]), {})).toBe(false);
  });

  it('an agency role is checked against the agency named by the request, not any agency', () => {
    const adminOfA = person([[A, 'agency-admin', 'ACTIVE']]);
    const policy = AgencyRoles(param('id'), 'agency-admin');
    expect(admits(policy, adminOfA, { params: { id: A } })).toBe(true);
    expect(admits(policy, adminOfA, { params: { id: B } })).toBe(false);
    expect(admits(policy, adminOfA, { params: {} })).toBe(false);
  });

  it('a member is not an agency-admin, and a suspended agency grants nothing', () => {
    expect(
      admits(AgencyRoles(param('id'), 'agency-admin'), person([[A, 'member', 'ACTIVE']]), {
        params: { id: A },
      }),
    ).toBe(false);
    expect(
      admits(AgencyRoles(param('id')), person([[A, 'agency-admin', 'SUSPENDED']]), { params: { id: A } }),
    ).toBe(false);
  });

  it('reads the agency id from the body when told to, and ignores a non-string one', () => {
    const memberOfA = person([[A, 'member', 'ACTIVE']]);
    expect(admits(AgencyRoles(body('agencyId')), memberOfA, { body: { agencyId: A } })).toBe(true);
    expect(admits(AgencyRoles(body('agencyId')), memberOfA, { body: { agencyId: [A] } })).toBe(false);
  });

  it('an integration key policy admits integrations only', () => {
    const integration: Principal = {
      kind: 'integration',
      clientId: 'c',
      ownerAgencyId: null,
      eventTypes: [],
      tlpClearance: 'TLP:GREEN',
    };
    expect(admits(IntegrationKey(), integration, {})).toBe(true);
    expect(admits(IntegrationKey(), person([], ['platform-admin']), {})).toBe(false);
  });
});
