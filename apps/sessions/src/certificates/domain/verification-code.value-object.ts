import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Crockford's base32 without I, L, O and U, as check-in codes: nothing to misread on paper. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 28 characters of 5 bits: 140 random bits, beyond guessing or enumerating (ADR 80). */
const LENGTH = 28;

/**
 * A certificate's verification code, e.g. `7KQ2-M9XD-…` (7 groups of 4). It is random, not derived
 * from the registration, so no secret needs keeping for years and rotating nothing invalidates the
 * certificates people hold. The public lookup goes by its SHA-256 digest (`digestOf`).
 */
export function newVerificationCode(): string {
  const bytes = randomBytes(LENGTH);
  let code = '';
  for (const byte of bytes) code += ALPHABET[byte % 32];
  return code;
}

/**
 * The code as typed or scanned, in its canonical form (upper case, no spaces or dashes; O reads as
 * 0, I and L as 1), or null when it cannot be a code at all.
 */
export function canonicalVerificationCode(input: string): string | null {
  const canonical = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return canonical.length === LENGTH && [...canonical].every((c) => ALPHABET.includes(c)) ? canonical : null;
}

/** As printed: groups of four, `7KQ2-M9XD-…`. */
export function printedVerificationCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}

/** What the database indexes and the public lookup compares: the digest, never the code itself. */
export function digestOf(code: string): Buffer {
  return createHash('sha256').update(code).digest();
}

/** Equal digests, compared in constant time. */
export function sameDigest(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
