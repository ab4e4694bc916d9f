import fc from 'fast-check';
import { validateSync } from 'class-validator';
import { SafeEmail, SafeText } from '@csg/http/conventions/safe-input.decorator';
import { AuthenticationError } from './authentication.error';
import { invalidClaims, isClaimEmail, isClaimText, validatedIdentity } from './claims.validation';

/** The API's own rules for the same fields (a member's sub, displayName and email). */
class MemberFields {
  @SafeText(1, 255)
  sub: string;

  @SafeText(1, 200)
  displayName: string;

  @SafeEmail()
  email: string;
}

const apiAccepts = (field: keyof MemberFields, value: string) => {
  const fields = Object.assign(new MemberFields(), { sub: 'ok', displayName: 'ok', email: 'a@example.gov' });
  fields[field] = value;
  return validateSync(fields).length === 0;
};

const hostileText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udc00', '😀', '\u001b[31m', 'x'.repeat(10_000)),
  fc.emailAddress(),
);

describe('token claims follow the rules of the API fields they become', () => {
  it('refuses a NUL byte, a lone surrogate, control characters and oversized text', () => {
    expect(invalidClaims({ sub: 'a\u0000b' })).toEqual(['sub']);
    expect(invalidClaims({ sub: 'ok', name: 'x\ud800' })).toEqual(['name']);
    expect(invalidClaims({ sub: 'ok', name: 'x'.repeat(10_000) })).toEqual(['name']);
    expect(invalidClaims({ sub: 'ok', name: 'line\nbreak' })).toEqual(['name']);
    expect(invalidClaims({ sub: '', email: 'not-an-address' })).toEqual(['sub', 'email']);
  });

  it('accepts ordinary claims, astral characters included', () => {
    expect(
      invalidClaims({
        sub: 'f3b2c1d0-7a1e-4c55-9d1b-2b6f1e0a9c11',
        name: 'Ayesha Khan 😀',
        email: 'a.khan@punjab.gov.pk',
      }),
    ).toEqual([]);
  });

  it('agrees with the API on sub, name and email, whatever the text', () => {
    fc.assert(
      fc.property(hostileText, (value) => {
        expect(isClaimText(value, 1, 255)).toBe(apiAccepts('sub', value));
        expect(isClaimText(value, 1, 200)).toBe(apiAccepts('displayName', value));
        expect(isClaimEmail(value)).toBe(apiAccepts('email', value));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a token with a bad claim as an invalid credential, never anything else', () => {
    const refuse = () => validatedIdentity({ sub: 'ok', email: 'x\ud800@example.gov', platformRoles: [] });
    expect(refuse).toThrow(AuthenticationError);
    try {
      refuse();
    } catch (error) {
      expect((error as AuthenticationError).code).toBe('AUTH.INVALID_CREDENTIALS');
      expect((error as AuthenticationError).reason).toBe('invalid-claim');
    }
  });

  it('leaves out empty optional claims instead of refusing the token', () => {
    expect(validatedIdentity({ sub: 'ok', name: '', email: '', platformRoles: [] })).toEqual({
      sub: 'ok',
      platformRoles: [],
    });
  });
});
