import fc from 'fast-check';
import { waitFor } from '@csg/testing/wait-for';
import type { ApiResponse, TestPlatform } from './platform-test-harness';

/**
 * The hostile-input cases every service's end-to-end suite runs (quality.md, security 6): only
 * success or a 4xx problem document, never a 5xx, and a refused request changes nothing. A suite
 * lists its routes, the fields its bodies know, and its own nasty values; the cases are here.
 */

/** Text every suite tries: NUL, lone surrogates, a terminal escape, LIKE wildcards, a huge string. */
const HOSTILE_TEXTS = ['\u0000', '\ud800', 'a\udc00b', '\u001b[31m', '%_\\', 'x'.repeat(100_000)];

/** Fields every body is tried with: the server owns status and version; __proto__ pollutes. */
const HOSTILE_FIELDS = ['status', 'version', '__proto__'];

/**
 * Values that break naive code: any text, graphemes, the hostile texts and the suite's own
 * (`texts`), numbers, booleans, null, arrays, objects, and the suite's own arbitraries (`more`).
 */
export function hostileValue(
  texts: string[] = [],
  more: Array<fc.Arbitrary<unknown>> = [],
): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 50 }),
    fc.constantFrom(...HOSTILE_TEXTS, ...texts),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 3 }),
    ...more,
    fc.object({ maxDepth: 3 }),
  );
}

/** Bodies of hostile values: the suite's `fields` (and status, version, __proto__), one to four at a time. */
export function hostileBodies(
  fields: readonly string[],
  value: fc.Arbitrary<unknown>,
): (valid: () => Record<string, unknown>) => fc.Arbitrary<Record<string, unknown>> {
  const field = fc.constantFrom(...new Set([...fields, ...HOSTILE_FIELDS]));
  return (valid) =>
    fc.dictionary(field, value, { minKeys: 1, maxKeys: 4 }).map((changes) => ({ ...valid(), ...changes }));
}

/** One route of a hostile-input table: who calls it, where, and with which bodies. */
export interface HostileRoute<Caller> {
  method: string;
  /** The route as documented, e.g. `agencies/:id` (the test's name). */
  route: string;
  path: () => string;
  as: () => Caller;
  bodies: fc.Arbitrary<Record<string, unknown>>;
}

/** The suite's platform, how a route's caller calls it, and what a refused request must leave as it was. */
export interface HostileSuite<Caller> {
  platform: () => TestPlatform;
  /** By default the caller is a bearer token. */
  send?: (caller: Caller, method: string, path: string, body: unknown) => Promise<ApiResponse>;
  /** The state a refused request must not change (row counts, versions, the outbox). */
  state(): Promise<unknown>;
  numRuns: number;
}

/** Per route: every hostile body is answered with success or a 4xx problem, and a refused one changes nothing. */
export function itAnswersHostileBodies<Caller>(
  routes: Array<HostileRoute<Caller>>,
  suite: HostileSuite<Caller>,
): void {
  const send =
    suite.send ??
    ((caller: Caller, method: string, path: string, body: unknown) =>
      suite.platform().call(method, path, { token: typeof caller === 'string' ? caller : undefined, body }));
  it.each(routes.map((route) => [route.method, route.route, route] as const))(
    '%s %s answers hostile bodies with success or a 4xx problem, and a refused body changes nothing',
    async (method, _route, route) => {
      await fc.assert(
        fc.asyncProperty(route.bodies, async (body) => {
          const before = await suite.state();
          const response = await send(route.as(), method, route.path(), body);
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get('content-type')).toContain('application/problem+json');
            expect(await suite.state()).toEqual(before);
          } else {
            // What an accepted body starts in the background (a due job, a publication) must not
            // land while the next, refused body is being checked for changing nothing.
            await settled(suite.state);
          }
        }),
        { numRuns: suite.numRuns },
      );
    },
  );
}

/** Polls `state` until it has not changed for a second. */
async function settled(state: () => Promise<unknown>): Promise<void> {
  let last = JSON.stringify(await state());
  let quiet = 0;
  await waitFor(
    async () => {
      const now = JSON.stringify(await state());
      quiet = now === last ? quiet + 1 : 0;
      last = now;
      return quiet >= 4;
    },
    { what: 'the work of an accepted body to settle', timeoutMs: 15_000, intervalMs: 250 },
  );
}

/** One JSON route, called with raw bodies: the body limit, the depth limit and the content type. */
export interface RawBodyRoute {
  platform: () => Pick<TestPlatform, 'baseUrl'>;
  /** Under /api/v1/, e.g. `agencies`. */
  path: () => string;
  token: () => string | Promise<string | undefined>;
  valid: () => Record<string, unknown>;
  /** The text field made too large: the body's first one unless told. */
  field?: string;
  /** The fields a deeply nested value is tried in: the text field and an unknown one unless told. */
  deepFields?: string[];
  /** The state a refused request must not change. */
  state(): Promise<unknown>;
}

/** JSON `depth` levels deep: arrays and objects, the innermost a string. */
function nestedJson(depth: number, objects: boolean[]): string {
  let value = '"x"';
  for (let i = 0; i < depth; i++) value = objects[i % objects.length] ? `{"k":${value}}` : `[${value}]`;
  return value;
}

/** The first field of a body whose value is text. */
function firstTextField(body: Record<string, unknown>): string {
  const field = Object.keys(body).find((key) => typeof body[key] === 'string');
  if (!field) throw new Error(`no text field in ${JSON.stringify(body)}`);
  return field;
}

/**
 * The cases of the body parser on one route: a body over the limit is a 413, JSON deeper than
 * 32 levels a 400 `json-too-deep` problem, anything but JSON a 415 problem, and nothing changes.
 */
export function itRefusesMalformedBodies(route: RawBodyRoute, numRuns = 60): void {
  const post = async (contentType: string, body: string) =>
    fetch(`${route.platform().baseUrl}/api/v1/${route.path()}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await route.token()}`, 'content-type': contentType },
      body,
    });
  const textField = (valid: Record<string, unknown>) => route.field ?? firstTextField(valid);

  it('refuses bodies over the limit with 413', async () => {
    const valid = route.valid();
    const response = await post(
      'application/json',
      JSON.stringify({ ...valid, [textField(valid)]: 'x'.repeat(2_000_000) }),
    );
    expect(response.status).toBe(413);
  });

  it('refuses JSON deeper than 32 levels with a 400 problem before anything else, and nothing changes', async () => {
    const valid = route.valid();
    const fields = route.deepFields ?? [textField(valid), 'unknownField'];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 400 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...fields),
        async (depth, objects, key) => {
          const before = await route.state();
          const body = JSON.stringify(route.valid()).replace(
            /}$/,
            `,"${key}":${nestedJson(depth, objects)}}`,
          );
          const response = await post('application/json', body);
          // The body itself is one level: the field's value adds `depth`.
          expect(response.status).toBe(400);
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          const problem = (await response.json()) as { type: string };
          if (depth + 1 > 32) expect(problem.type).toMatch(/json-too-deep$/);
          else expect(problem.type).not.toMatch(/json-too-deep$/);
          expect(await route.state()).toEqual(before);
        },
      ),
      { numRuns },
    );
  });

  it('refuses every body that is not JSON with a 415 problem, and nothing changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=b',
            'application/xml',
            'text/html',
            'application/jsonx',
            'application/octet-stream',
          ),
          fc.stringMatching(/^[a-z]{1,10}\/[a-z0-9.+-]{1,20}$/).filter((t) => t !== 'application/json'),
        ),
        fc.oneof(fc.constant(JSON.stringify(route.valid())), fc.string({ minLength: 1, maxLength: 200 })),
        async (contentType, body) => {
          const before = await route.state();
          const response = await post(contentType, body);
          expect(response.status).toBe(415);
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          expect(await route.state()).toEqual(before);
        },
      ),
      { numRuns },
    );
  });
}

/** Percent-encoded text; a lone surrogate becomes invalid UTF-8 bytes, as a hostile client would send it. */
export function queryText(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}
