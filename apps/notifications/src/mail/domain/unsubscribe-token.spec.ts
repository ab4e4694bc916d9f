import { UnsubscribeTokens } from './unsubscribe-token';

const tokens = new UnsubscribeTokens('a-test-secret-of-at-least-32-characters!');

describe('unsubscribe tokens', () => {
  it('verify_ReturnsWhatWasSigned', () => {
    const token = tokens.sign({ sub: 'person-1', categories: ['SESSION', 'ANNOUNCEMENT'] });
    expect(tokens.verify(token)).toEqual({ sub: 'person-1', categories: ['ANNOUNCEMENT', 'SESSION'] });
  });

  it('verify_RefusesAnotherSecretsToken', () => {
    const other = new UnsubscribeTokens('another-secret-of-at-least-32-characters');
    expect(tokens.verify(other.sign({ sub: 'person-1', categories: ['SESSION'] }))).toBeNull();
  });

  it('verify_RefusesAChangedPersonOrCategory', () => {
    const [, mac] = tokens.sign({ sub: 'person-1', categories: ['SESSION'] }).split('.');
    const forged = Buffer.from('SESSION\nperson-2').toString('base64url');
    expect(tokens.verify(`${forged}.${mac}`)).toBeNull();
  });

  it.each(['', '.', 'abc', 'a.b.c', 'x'.repeat(10), '%%%.***', 'U0VTU0lPTgpw.'])(
    'verify_RefusesMalformed %p',
    (token) => {
      expect(tokens.verify(token)).toBeNull();
    },
  );
});
