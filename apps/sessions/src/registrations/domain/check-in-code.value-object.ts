import { createHash, createHmac } from 'node:crypto';

/** Crockford's base32 without I, L, O and U: nothing to misread at a door. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A participant's personal check-in code, e.g. `7KQ2-M9XD` (40 bits). It is derived from the
 * registration id with the service's secret, so it can be shown to the participant whenever they
 * look at their registration without being stored; the database keeps only its hash, which the
 * check-in looks up.
 */
export function checkInCodeFor(secret: string, registrationId: string): string {
  const digest = createHmac('sha256', secret).update(`check-in:${registrationId}`).digest();
  let code = '';
  for (let i = 0; i < 8; i += 1) code += ALPHABET[digest[i] % 32];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Case, spaces and dashes do not matter when a code is typed in; O reads as 0, I and L as 1. */
export function normaliseCheckInCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function hashCheckInCode(code: string): string {
  return createHash('sha256').update(normaliseCheckInCode(code)).digest('hex');
}

export function looksLikeCheckInCode(input: string): boolean {
  return /^[0-9A-Z]{8}$/.test(normaliseCheckInCode(input));
}
