import { isEmail } from 'class-validator';
import { AuthenticationError } from './authentication.error';

/**
 * What a token says about a person is input too (docs/adr/0019): `sub`, `name` and `email` obey
 * the rules the API applies to the same fields (a member's `sub`, `displayName` and `email` in
 * libs/http's `SafeText`/`SafeEmail`): bounded length, no NUL or other control characters, no
 * lone surrogates, and an e-mail address that is one.
 */
export const CLAIM_LIMITS = {
  sub: { min: 1, max: 255 },
  name: { min: 1, max: 200 },
  email: { max: 254 },
} as const;

/** No control characters and no lone surrogates (pairs are fine). */
const SINGLE_LINE = /^(?:[^\u0000-\u001F\u007F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
const SURROGATE_PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Characters as class-validator's `Length` counts them (a surrogate pair is one). */
function characters(value: string): number {
  return value.length - (value.match(SURROGATE_PAIRS)?.length ?? 0);
}

/** A clean single-line text of `min`..`max` characters. */
export function isClaimText(value: unknown, min: number, max: number): value is string {
  if (typeof value !== 'string' || value.length > max * 2 || !SINGLE_LINE.test(value)) return false;
  const length = characters(value);
  return length >= min && length <= max;
}

/** An e-mail address of at most 254 characters; a validator that throws counts as a no. */
export function isClaimEmail(value: unknown): value is string {
  if (!isClaimText(value, 3, CLAIM_LIMITS.email.max)) return false;
  try {
    return isEmail(value);
  } catch {
    return false;
  }
}

/** The names of the identity claims that break the rules (empty when all are fine). */
export function invalidClaims(identity: { sub: unknown; name?: unknown; email?: unknown }): string[] {
  const bad: string[] = [];
  if (!isClaimText(identity.sub, CLAIM_LIMITS.sub.min, CLAIM_LIMITS.sub.max)) bad.push('sub');
  if (
    identity.name !== undefined &&
    !isClaimText(identity.name, CLAIM_LIMITS.name.min, CLAIM_LIMITS.name.max)
  )
    bad.push('name');
  if (identity.email !== undefined && !isClaimEmail(identity.email)) bad.push('email');
  return bad;
}

/**
 * Returns the identity when its claims are acceptable; otherwise refuses the token like any
 * other bad credential (401 `AUTH.INVALID_CREDENTIALS`; the log says which claims).
 */
export function validatedIdentity<T extends { sub: string; name?: string; email?: string }>(identity: T): T {
  // An empty optional claim says nothing (some providers send `"name": ""`): it is left out.
  const { name, email, ...rest } = identity;
  const cleaned = {
    ...rest,
    ...(name !== undefined && name !== '' ? { name } : {}),
    ...(email !== undefined && email !== '' ? { email } : {}),
  } as T;
  const bad = invalidClaims(cleaned);
  if (bad.length > 0)
    throw new AuthenticationError('invalid-claim', `claims that break the field rules: ${bad.join(', ')}`);
  return cleaned;
}
