import { createHash } from 'node:crypto';
import { Headers } from '@nestjs/common';
import { ProblemException } from '../problem/problem-details';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

/** The `Idempotency-Key` header of the request, as `idempotencyRequest` takes it. */
export const IdempotencyKey = (): ParameterDecorator => Headers(IDEMPOTENCY_KEY_HEADER);

/**
 * One creating request made idempotent: the key the client sent, the scope it belongs to
 * (who calls which route: two callers never share keys) and a fingerprint of the request, so
 * the same key with a different body is refused instead of answered with the first response.
 */
export interface IdempotencyRequest {
  scope: string;
  key: string;
  fingerprint: string;
}

const KEY = /^[\x21-\x7E]{1,255}$/;

/** JSON with object keys sorted at every level: equal requests give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestFingerprint(request: unknown): string {
  return createHash('sha256').update(canonicalJson(request)).digest('hex');
}

/**
 * The idempotency of a request from its `Idempotency-Key` header (none without the header).
 * A key must be 1 to 255 visible ASCII characters (a UUID is a good one); anything else is a
 * 400 problem.
 */
export function idempotencyRequest(
  header: string | string[] | undefined,
  scope: string,
  request: unknown,
): IdempotencyRequest | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !KEY.test(header)) {
    throw ProblemException.of(
      400,
      'validation',
      'Invalid request',
      'The Idempotency-Key header is invalid.',
      {
        errors: [{ field: 'Idempotency-Key', messages: ['must be 1 to 255 visible ASCII characters'] }],
      },
    );
  }
  return { scope, key: header, fingerprint: requestFingerprint(request) };
}
