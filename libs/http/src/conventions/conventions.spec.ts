import fc from 'fast-check';
import { ProblemException } from '../problem/problem-details';
import { attachment } from './attachment';
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
    expect(decodeCursor(cursor, ['text', 'uuid'])).toEqual(['home department', id]);
  });

  it.each([
    [
      ['timestamp', 'uuid'],
      ['2026-12-07T10:00:00.123456Z', id],
    ],
    [
      ['date', 'uuid'],
      ['2030-02-28', id],
    ],
    [['bigint'], ['123456789012345678']],
    [['int'], [2_147_483_647]],
    [['int8'], [Number.MAX_SAFE_INTEGER]],
    [
      ['real', 'uuid'],
      [0.0607927, id],
    ],
    [
      ['real', 'uuid'],
      [0, id],
    ],
  ] as const)('accepts a %j cursor it issued: %j', (schema, position) => {
    expect(decodeCursor(encodeCursor(position), schema)).toEqual(position);
  });

  it.each([
    ['a text where a log position belongs', ['bigint'], ['x']],
    ['a 22-digit log position', ['bigint'], ['1234567890123456789012']],
    ['a number where a log position belongs', ['bigint'], [1234567890123456789012]],
    ['a text where an instant belongs', ['timestamp', 'uuid'], ['x', id]],
    ['an instant without a zone', ['timestamp', 'uuid'], ['2026-12-07T10:00:00', id]],
    ['the 30th of February', ['timestamp', 'uuid'], ['2026-02-30T10:00:00Z', id]],
    ['the year 0', ['date', 'uuid'], ['0000-01-01', id]],
    ['an instant where a day belongs', ['date', 'uuid'], ['2026-01-01T00:00:00Z', id]],
    ['an integer beyond PostgreSQL integer', ['int'], [2 ** 31]],
    ['a fraction where an integer belongs', ['int'], [1.5]],
    ['an unsafe integer', ['int8'], [1e21]],
    ['a rank beyond PostgreSQL real', ['real', 'uuid'], [1e39, id]],
    ['a rank below what real keeps', ['real', 'uuid'], [1e-50, id]],
    ['null', ['text'], [null]],
  ] as const)('refuses a cursor that decodes but carries %s with a 400 problem', (_, schema, position) => {
    expect(statusOf(() => decodeCursor(encodeCursor(position as never), schema))).toBe(400);
  });

  it('answers any JSON that is not a position of the schema with a 400 problem, never another error', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['text', 'uuid'], ['timestamp', 'uuid'], ['bigint'], ['int'], ['date', 'uuid'], [
          'real',
          'uuid',
        ] as const),
        fc.jsonValue(),
        (schema, value) => {
          const cursor = Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
          let status: number | undefined;
          try {
            decodeCursor(cursor, schema as never);
          } catch (error) {
            status = error instanceof ProblemException ? error.problem.status : -1;
          }
          expect(status === undefined || status === 400).toBe(true);
        },
      ),
    );
  });

  it.each([
    ['not base64 json', '%%%'],
    ['the wrong shape', encodeCursor(['a'])],
    ['a non-uuid where a uuid belongs', encodeCursor(['a', 'b'])],
    ['a NUL byte', encodeCursor(['a\u0000', id])],
    ['an object', Buffer.from('{"a":1}').toString('base64url')],
  ])('refuses a cursor that is %s with a 400 problem', (_, cursor) => {
    expect(statusOf(() => decodeCursor(cursor, ['text', 'uuid']))).toBe(400);
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
    expect(decodeCursor(page.nextCursor!, ['int'])).toEqual([2]);
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

describe('attachment', () => {
  it('gives a download under a plain file name and refuses one that would need quoting', () => {
    expect(attachment('roadmap-1.ics')).toBe('attachment; filename="roadmap-1.ics"');
    for (const name of ['a"b.ics', 'a b.ics', 'é.ics', '', 'a\r\nb'])
      expect(() => attachment(name)).toThrow();
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
