import {
  credentialFailureKey,
  recordProvenRefusal,
  refusalCountsAgainst,
  type RequestWithCredentials,
} from './authentication-failures';

const request = (authorization: string | undefined, ip = '203.0.113.9'): RequestWithCredentials => ({
  ip,
  headers: authorization === undefined ? {} : { authorization },
});
const jwt = (payload: object) =>
  `Bearer e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2ln`;

describe('what an authentication failure counts against (ADR 0057)', () => {
  it('counts a refusal nobody proved (a guess) against the address only, whatever principal it names', () => {
    for (const authorization of [
      jwt({ sub: 'victim' }),
      'Bearer csg_victimprefixAAAAwrongsecret',
      'Bearer x',
    ]) {
      expect(refusalCountsAgainst(request(authorization))).toEqual(['address']);
    }
  });

  it('counts a refusal the authentication layer proved against the address and the credential', () => {
    const refused = request(jwt({ sub: 'victim', exp: 1 }));
    recordProvenRefusal(refused, 'person:victim');
    expect(refusalCountsAgainst(refused)).toEqual(['address', 'credential']);
  });

  it('counts nothing for a request without credentials', () => {
    expect(refusalCountsAgainst(request(undefined))).toEqual([]);
  });

  it("keys a credential's counter by the credential, not by the principal it names", () => {
    const first = jwt({ sub: 'victim', jti: 1 });
    const second = jwt({ sub: 'victim', jti: 2 });
    expect(credentialFailureKey(request(first))).not.toBe(credentialFailureKey(request(second)));
    expect(credentialFailureKey(request(first, '198.51.100.1'))).toBe(
      credentialFailureKey(request(first, '198.51.100.2')),
    );
    expect(credentialFailureKey(request(`bearer   ${first.slice(7)} `))).toBe(
      credentialFailureKey(request(first)),
    );
  });

  it('keeps no credential in the counter key', () => {
    const key = credentialFailureKey(request('Bearer csg_abcdefghijkl_secret'));
    expect(key).not.toMatch(/abcdefghijkl|secret/);
  });
});
