import { ProblemException } from '../problem/problem-details';
import { decodeCursor, encodeCursor, MAX_PAGE_LIMIT, pageLimit, toPage } from './cursor-pagination';
import { formatEtag, parseIfMatch, versionMatches } from './etag';
import { canonicalJson, idempotencyRequest, requestFingerprint } from './idempotency-key';

const statusOf = (action: () => unknown): number | undefined => {
  try {
    action();
  } catch (error) {
    if (error instanceof ProblemException) return error.problem.status;
    throw error;
  }
  return undefined;
};

describe('cursor pagination', () => {
  const id = '0b5c2a6e-1f53-4c8e-9a43-2f5d8c1e7b10';

  it('round-trips a keyset position through an opaque cursor', () => {
    const cursor = encodeCursor(['home department', id]);
    expect(cursor).not.toContain('home');
    expect(decodeCursor(cursor, ['string', 'uuid'])).toEqual(['home department', id]);
  });

  it.each([
    ['not base64 json', '%%%'],
    ['the wrong shape', encodeCursor(['a'])],
    ['a non-uuid where a uuid belongs', encodeCursor(['a', 'b'])],
    ['a NUL byte', encodeCursor(['a\u0000', id])],
    ['an object', Buffer.from('{"a":1}').toString('base64url')],
  ])('refuses a cursor that is %s with a 400 problem', (_, cursor) => {
    expect(statusOf(() => decodeCursor(cursor, ['string', 'uuid']))).toBe(400);
  });

  it('caps the page size and defaults it', () => {
    expect(pageLimit(undefined)).toBe(20);
    expect(pageLimit(5)).toBe(5);
    expect(pageLimit(10_000)).toBe(MAX_PAGE_LIMIT);
  });

  it('keeps limit rows and points the cursor at the last kept row when more exist', () => {
    const rows = [1, 2, 3].map((n) => ({ n }));
    const page = toPage(
      rows,
      2,
      (r) => [r.n],
      (r) => r.n,
    );
    expect(page.items).toEqual([1, 2]);
    expect(decodeCursor(page.nextCursor!, ['number'])).toEqual([2]);
    expect(
      toPage(
        rows,
        3,
        (r) => [r.n],
        (r) => r.n,
      ).nextCursor,
    ).toBeNull();
  });
});

describe('ETag and If-Match', () => {
  it('formats a version as a strong entity tag', () => {
    expect(formatEtag(3)).toBe('"3"');
  });

  it.each([
    [undefined, undefined],
    ['', undefined],
    ['*', undefined],
    ['"3"', [3]],
    ['W/"3"', [3]],
    ['"3", "4"', [3, 4]],
    ['"abc"', []],
    ['3', []],
  ])('parses If-Match %p as %p', (header, expected) => {
    expect(parseIfMatch(header)).toEqual(expected);
  });

  it('matches any version without a precondition and only the named ones with one', () => {
    expect(versionMatches(undefined, 7)).toBe(true);
    expect(versionMatches([7], 7)).toBe(true);
    expect(versionMatches([6], 7)).toBe(false);
    expect(versionMatches([], 7)).toBe(false);
  });
});

describe('Idempotency-Key', () => {
  it('fingerprints equal requests equally whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 1 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"e":1,"f":2}]},"b":1}',
    );
    expect(requestFingerprint({ a: 1, b: 2 })).toBe(requestFingerprint({ b: 2, a: 1 }));
    expect(requestFingerprint({ a: 1 })).not.toBe(requestFingerprint({ a: 2 }));
  });

  it('is absent without the header and scoped with it', () => {
    expect(idempotencyRequest(undefined, 's', {})).toBeUndefined();
    expect(idempotencyRequest('k-1', 'person:a|POST /x', { a: 1 })).toEqual({
      scope: 'person:a|POST /x',
      key: 'k-1',
      fingerprint: requestFingerprint({ a: 1 }),
    });
  });

  it.each(['', ' spaced key', 'x'.repeat(256), 'nul\u0000', ['a', 'b']])(
    'refuses the malformed key %p with a 400 problem',
    (key) => {
      expect(statusOf(() => idempotencyRequest(key as string, 's', {}))).toBe(400);
    },
  );
});
