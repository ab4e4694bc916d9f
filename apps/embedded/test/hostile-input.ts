import { randomUUID } from 'node:crypto';
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

/** How the suite sends a request: its own `send`, or a call with the caller as bearer token. */
function sendOf<Caller>(suite: HostileSuite<Caller>) {
  return (
    suite.send ??
    ((caller: Caller, method: string, path: string, body: unknown) =>
      suite.platform().call(method, path, { token: typeof caller === 'string' ? caller : undefined, body }))
  );
}

/** The `it.each` rows of routes: method, route template (both in the test's name), the route. */
const casesOf = <Route extends { method: string; route: string }>(routes: Route[]) =>
  routes.map((route) => [route.method, route.route, route] as const);

/** Per route: every hostile body is answered with success or a 4xx problem, and a refused one changes nothing. */
export function itAnswersHostileBodies<Caller>(
  routes: Array<HostileRoute<Caller>>,
  suite: HostileSuite<Caller>,
): void {
  const send = sendOf(suite);
  it.each(casesOf(routes))(
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

/** The OpenAPI document the platform serves: its operations, parameters and body schemas. */
interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ name: string; in: string }>;
        requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
      }
    >
  >;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

const documents = new Map<string, Promise<OpenApiDocument>>();
function documentOf(platform: Pick<TestPlatform, 'baseUrl'>): Promise<OpenApiDocument> {
  let document = documents.get(platform.baseUrl);
  if (!document) {
    document = fetch(`${platform.baseUrl}/api/docs/openapi.json`).then(
      async (r) => (await r.json()) as OpenApiDocument,
    );
    documents.set(platform.baseUrl, document);
  }
  return document;
}

/** `roadmap/items/:id` → `/api/v1/roadmap/items/{id}` (the document's spelling). */
const documentPath = (route: string) => `/api/v1/${route.replace(/:([A-Za-z]+)/g, '{$1}')}`;

/**
 * The top-level fields of a route's JSON body, as the served document declares them; a free-form
 * body (e.g. an imported OSCAL document) has the fields of the suite's valid body.
 */
async function bodyFieldsOf(
  platform: Pick<TestPlatform, 'baseUrl'>,
  method: string,
  route: string,
  valid: Record<string, unknown>,
): Promise<string[]> {
  const document = await documentOf(platform);
  const operation = document.paths[documentPath(route)]?.[method.toLowerCase()];
  if (!operation) throw new Error(`${method} ${route}: not in the OpenAPI document`);
  const schema = operation.requestBody?.content?.['application/json']?.schema as
    { $ref?: string; properties?: Record<string, unknown> } | undefined;
  const declared = schema?.$ref
    ? document.components.schemas[schema.$ref.split('/').pop()!].properties
    : schema?.properties;
  return Object.keys(declared ?? valid);
}

/**
 * Per route: `null` for every field its body declares (read from the served OpenAPI document, so a
 * new field is covered without a new line here) is answered with success or a 4xx problem, never
 * a 5xx, and a refused body changes nothing (ADR 60: null only where the schema says nullable).
 */
export function itAnswersNullForEveryBodyField<Caller>(
  routes: Array<HostileRoute<Caller> & { valid: () => Record<string, unknown> }>,
  suite: HostileSuite<Caller>,
): void {
  const send = sendOf(suite);
  it.each(casesOf(routes))(
    '%s %s answers null in every body field with success or a 4xx problem, and a refused one changes nothing',
    async (method, routeName, route) => {
      const fields = await bodyFieldsOf(suite.platform(), method, routeName, route.valid());
      expect(fields.length).toBeGreaterThan(0);
      for (const field of fields) {
        const before = await suite.state();
        const response = await send(route.as(), method, route.path(), { ...route.valid(), [field]: null });
        // The field is in the comparison so a failure names it.
        expect({ field, status: response.status < 500 ? 'below 500' : response.status }).toEqual({
          field,
          status: 'below 500',
        });
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          expect([field, await suite.state()]).toEqual([field, before]);
        } else {
          await settled(suite.state);
        }
      }
    },
  );
}

/** Path segments a hostile client sends instead of an id: NUL, invalid UTF-8, traversal, junk, huge. */
export function hostilePathSegment(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      '%00',
      'a%00b',
      '00000000-0000-4000-8000-000000000000%00',
      'msg_%00',
      '%ED%A0%80',
      '%C0%AF',
      '%FF%FE',
      '%2e%2e',
      '%1B%5B31m',
      'not-a-uuid',
      'msg_00000000000000000000000000000000x',
      "'%20OR%201=1--",
      'x'.repeat(600),
    ),
    fc.string({ minLength: 1, maxLength: 40 }).map(queryText),
    fc.uuid().map((id) => `${id}${['%00', '%0A', '%20', 'x'][id.charCodeAt(0) % 4]}`),
  );
}

/**
 * Per route with path parameters: each parameter replaced by hostile text is answered with a 4xx
 * problem, never a 5xx, and changes nothing. `route` is the template (`roadmap/items/:id`) and
 * `path()` the same route with real ids; the other parameters keep theirs.
 */
export function itRefusesHostilePathParameters<Caller>(
  routes: Array<HostileRoute<Caller> & { valid?: () => Record<string, unknown> }>,
  suite: HostileSuite<Caller>,
): void {
  const send = sendOf(suite);
  const withParameters = routes.filter((route) => route.route.includes(':'));
  it.each(casesOf(withParameters))(
    '%s %s answers hostile path parameters with a 4xx problem, and nothing changes',
    async (method, template, route) => {
      const positions = template.split('/').flatMap((segment, i) => (segment.startsWith(':') ? [i] : []));
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...positions), hostilePathSegment(), async (position, junk) => {
          const before = await suite.state();
          const segments = route.path().split('?')[0].split('/');
          segments[position] = junk;
          const response = await send(route.as(), method, segments.join('/'), route.valid?.() ?? undefined);
          expect(response.status).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          expect(await suite.state()).toEqual(before);
        }),
        { numRuns: suite.numRuns },
      );
    },
  );
}

/**
 * Cursors a keyset list could decode (base64url JSON) that it never issued: wrong types, numbers
 * past every column's range, impossible instants, too few or many values, objects, nulls.
 */
export function hostileCursor(): fc.Arbitrary<string> {
  const value = fc.oneof(
    fc.constantFrom(
      'x',
      '',
      '1234567890123456789012',
      '-1',
      '2026-02-30T00:00:00Z',
      '0000-01-01',
      '99999-01-01T00:00:00Z',
      '2026-12-07',
      'not-a-uuid',
      '\u0000',
      '\ud800',
      1234567890123456789012,
      1e39,
      1e-50,
      -1,
      2 ** 31,
      0.5,
      true,
      null,
    ),
    fc.uuid(),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    fc.string({ maxLength: 30 }),
    fc.integer(),
    fc.double(),
    fc.object({ maxDepth: 1 }),
  );
  // Mostly one or two values, the lengths the lists issue, so the wrong types reach the decoder.
  return fc
    .oneof(
      { weight: 6, arbitrary: fc.array(value, { minLength: 1, maxLength: 2 }) },
      { weight: 1, arbitrary: fc.array(value, { minLength: 0, maxLength: 4 }) },
      { weight: 1, arbitrary: value },
      { weight: 1, arbitrary: fc.array(fc.array(value, { maxLength: 2 }), { maxLength: 2 }) },
    )
    .map((position) => Buffer.from(JSON.stringify(position) ?? 'null', 'utf8').toString('base64url'));
}

/** One keyset list: its route template, the path with real ids, and who reads it. */
export interface HostileList<Caller> {
  route: string;
  path: () => string;
  as: () => Caller;
}

/**
 * Every keyset list the platform serves (each GET route of the served OpenAPI document with a
 * `cursor` parameter, so a new list is covered without a new line here) answers hostile cursors
 * with success or a 400 problem, never a 5xx, `numRuns` cursors per list. The suite's `lists` give
 * real ids and callers; any other list is called by `anyListAs` with random UUIDs in its path.
 */
export function itRefusesHostileCursorsOnEveryList(
  lists: Array<HostileList<string>>,
  suite: { platform: () => TestPlatform; anyListAs: () => string; numRuns: number },
): void {
  it('every keyset list answers decodable cursors of the wrong type with a 400 problem, never a 5xx', async () => {
    const document = await documentOf(suite.platform());
    const routes = Object.entries(document.paths)
      .filter(([, operations]) =>
        operations.get?.parameters?.some((p) => p.in === 'query' && p.name === 'cursor'),
      )
      .map(([path]) => path.replace(/^\/api\/v1\//, '').replace(/\{([A-Za-z]+)\}/g, ':$1'));
    expect(routes.length).toBeGreaterThan(10);
    for (const list of lists) expect(routes).toContain(list.route);
    const targets = routes.map(
      (route) =>
        lists.find((l) => l.route === route) ?? {
          route,
          path: () => route.replace(/:[A-Za-z]+/g, () => randomUUID()),
          as: suite.anyListAs,
        },
    );
    for (const list of targets) {
      await fc.assert(
        fc.asyncProperty(hostileCursor(), async (cursor) => {
          const path = list.path();
          const response = await suite
            .platform()
            .call('GET', `${path}${path.includes('?') ? '&' : '?'}cursor=${cursor}`, { token: list.as() });
          expect({ list: list.route, status: response.status < 500 ? 'below 500' : response.status }).toEqual(
            {
              list: list.route,
              status: 'below 500',
            },
          );
          if (response.status >= 400)
            expect(response.headers.get('content-type')).toContain('application/problem+json');
        }),
        { numRuns: suite.numRuns },
      );
    }
  });
}
