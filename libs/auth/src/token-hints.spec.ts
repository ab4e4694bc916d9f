import { tokenHints } from './token-hints';

const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('tokenHints', () => {
  it('reads kid, alg, iss and aud and nothing else', () => {
    const token = `${segment({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${segment({
      iss: 'https://sso/realms/csg',
      aud: ['csg-api', 'account'],
      sub: 'someone',
      email: 'a@b.c',
    })}.signature`;
    expect(tokenHints(token)).toEqual({
      alg: 'RS256',
      kid: 'k1',
      iss: 'https://sso/realms/csg',
      aud: ['csg-api', 'account'],
    });
  });

  it('gives nothing for garbage and bounds what it gives', () => {
    expect(tokenHints('not-a-token')).toEqual({});
    expect(tokenHints('a.b.c')).toEqual({});
    const long = tokenHints(
      `${segment({ kid: 'k'.repeat(5000) + '\u0000' })}.${segment({ iss: '\ud800x' })}.s`,
    );
    expect(long.kid).toHaveLength(200);
    expect(long.iss).toBe('?x');
  });
});
