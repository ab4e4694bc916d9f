import { platformRolesFrom, readClaim } from './roles-claim.util';

describe('roles claim', () => {
  it('reads a top-level claim, a dotted path, and a namespaced claim whose name has dots', () => {
    const payload = {
      roles: ['organiser'],
      realm_access: { roles: ['platform-admin'] },
      'https://csg.example/roles': ['organiser'],
    };
    expect(readClaim(payload, 'roles')).toEqual(['organiser']);
    expect(readClaim(payload, 'realm_access.roles')).toEqual(['platform-admin']);
    expect(readClaim(payload, 'https://csg.example/roles')).toEqual(['organiser']);
    expect(readClaim(payload, 'realm_access.missing.deeper')).toBeUndefined();
    expect(readClaim(payload, 'roles.0')).toBeUndefined();
  });

  it('keeps only platform roles, once each; accepts a space-separated string', () => {
    expect(platformRolesFrom({ roles: ['organiser', 'admin', 'organiser', 7] }, 'roles')).toEqual([
      'organiser',
    ]);
    expect(platformRolesFrom({ roles: 'platform-admin offline_access' }, 'roles')).toEqual([
      'platform-admin',
    ]);
    expect(platformRolesFrom({ roles: { organiser: true } }, 'roles')).toEqual([]);
    expect(platformRolesFrom({}, 'realm_access.roles')).toEqual([]);
  });

  it('does not walk the prototype chain', () => {
    expect(readClaim({}, 'constructor.name')).toBeUndefined();
    expect(readClaim({ a: {} }, 'a.__proto__')).toBeUndefined();
  });
});
