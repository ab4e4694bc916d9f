import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Every answer an end-to-end test gets is checked against the OpenAPI document the same process
 * serves (docs/adr/0021): the operation is found by the matched route and method, the status
 * must be documented, and a JSON body must match that status's schema, whose views are closed
 * (`additionalProperties: false`). A mismatch turns the answer into a 500 problem saying why
 * (so the test that made the request fails there) and fails the suite in its `afterAll`.
 */

const DOCUMENT_URL = '/api/docs/openapi.json';
const DOCUMENT_REF = 'csg-openapi';
const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch']);
const JSON_TYPES = /^application\/(?:problem\+)?json\b/i;

export interface ContractViolation {
  request: string;
  status: number;
  problems: string[];
}

interface OpenApiResponse {
  content?: Record<string, { schema?: object }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, OpenApiResponse> }>>;
  components?: { schemas?: Record<string, object> };
}

const tally = { validated: 0, skipped: 0, exempt: 0, violations: [] as ContractViolation[] };

const COMPONENT_REF = '#/components/schemas/';
const componentId = (name: string) => `${DOCUMENT_REF}:${name}`;

/** `#/components/schemas/X` refs point at the component, registered on its own as `csg-openapi:X`. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT_REF)
        ? componentId(decodeURIComponent(value.slice(COMPONENT_REF.length)))
        : rebase(value),
    ]),
  );
}

class DocumentValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    readonly document: OpenApiDocument,
    private readonly exempt: ReadonlySet<string>,
  ) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    // class-validator's isEmail (what the API accepts) is wider than ajv's format: not checked.
    this.ajv.addFormat('email', true);
    for (const [name, schema] of Object.entries(document.components?.schemas ?? {}))
      this.ajv.addSchema({ ...(rebase(schema) as object), $id: componentId(name) });
  }

  private validator(key: string, schema: object): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(schema) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }

  problemSchema(): object | undefined {
    return this.document.components?.schemas?.Problem ? { $ref: `${COMPONENT_REF}Problem` } : undefined;
  }

  /** What is wrong with an answer, or null when the route is not in the document (or exempt). */
  check(route: string | undefined, method: string, status: number, type: string, body: unknown) {
    const path = route?.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const operation = path ? this.document.paths[path]?.[method] : undefined;
    if (operation && this.exempt.has(`${method.toUpperCase()} ${path}`)) {
      tally.exempt++;
      return null;
    }
    const isJson = JSON_TYPES.test(type);
    if (!operation) {
      // Outside the API (docs, health, metrics, unknown routes): problem documents still hold.
      if (!isJson || !/problem\+json/i.test(type)) return null;
      return this.validate(`problem`, this.problemSchema(), body);
    }
    const key = `${method} ${path} ${status}`;
    const response = operation.responses?.[String(status)];
    if (!response) {
      if (status >= 500) return this.validate('problem', this.problemSchema(), body);
      return [`status ${status} is not documented for ${method.toUpperCase()} ${path}`];
    }
    if (!isJson) {
      if (body === undefined || body === '') return [];
      return response.content ? [] : [`an undocumented ${type || 'untyped'} body`];
    }
    const mediaType = type.split(';')[0].trim().toLowerCase();
    const schema = response.content?.[mediaType]?.schema;
    if (!schema) return [`a ${mediaType} body is not documented for ${key}`];
    return this.validate(key, schema, body);
  }

  private validate(key: string, schema: object | undefined, body: unknown): string[] {
    if (!schema) return ['the document has no schema for this answer'];
    const validate = this.validator(key, schema);
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e) =>
        `${e.instancePath || '(body)'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
    );
  }
}

function bodyOf(payload: unknown): { text: string | undefined; readable: boolean } {
  if (payload === null || payload === undefined) return { text: undefined, readable: true };
  if (typeof payload === 'string') return { text: payload, readable: true };
  if (Buffer.isBuffer(payload)) return { text: payload.toString('utf8'), readable: true };
  return { text: undefined, readable: false }; // a stream (static files): not checked
}

/**
 * Checks every answer of `fastify` against its own served document. Call before the app listens
 * (an `onSend` hook); the document is fetched once, at the first answer. `exempt` operations
 * (`GET /api/v1/x/{id}`) are not checked: known undocumented ones, until they are documented.
 */
export function enforceResponseContract(
  fastify: FastifyInstance,
  options: { exempt?: readonly string[] } = {},
): void {
  const exempt = new Set(options.exempt ?? []);
  let validator: Promise<DocumentValidator> | undefined;
  const load = () =>
    (validator ??= fastify
      .inject({ method: 'GET', url: DOCUMENT_URL })
      .then((response) => new DocumentValidator(response.json() as OpenApiDocument, exempt)));

  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/docs')) return payload;
    const method = request.method.toLowerCase();
    const { text, readable } = bodyOf(payload);
    if (!METHODS.has(method) || !readable) {
      tally.skipped++;
      return payload;
    }
    const type = String(reply.getHeader('content-type') ?? '');
    let body: unknown = text;
    if (JSON_TYPES.test(type) && text !== undefined && text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = Symbol('unparseable');
      }
    }
    let problems: string[] | null;
    try {
      problems =
        typeof body === 'symbol'
          ? ['the body is not JSON although its content type says so']
          : (await load()).check(request.routeOptions?.url, method, reply.statusCode, type, body);
    } catch (error) {
      problems = [`the answer could not be checked: ${(error as Error).message}`];
    }
    if (problems === null) {
      tally.skipped++;
      return payload;
    }
    tally.validated++;
    if (problems.length === 0) return payload;
    const violation = { request: `${request.method} ${path}`, status: reply.statusCode, problems };
    tally.violations.push(violation);
    reply.code(500).header('content-type', 'application/problem+json');
    return JSON.stringify({
      type: 'https://cybersecuregov.example/problems/response-contract',
      title: 'The answer does not match the OpenAPI document',
      status: 500,
      detail: `${violation.request} answered ${violation.status}: ${problems.join('; ')}`,
    });
  });
}

/** Where each test file leaves its tally for the run's summary (libs/testing global teardown). */
export const RESPONSE_CONTRACT_DIR = resolve(__dirname, '../../../../.test-results/response-contract');

/** Writes this test file's tally; throws when an answer broke the contract. */
export function reportResponseContract(testPath: string): void {
  if (tally.validated === 0 && tally.violations.length === 0) return;
  mkdirSync(RESPONSE_CONTRACT_DIR, { recursive: true });
  const name = relative(resolve(__dirname, '../../../..'), testPath).replace(/[^A-Za-z0-9_.-]+/g, '_');
  writeFileSync(
    join(RESPONSE_CONTRACT_DIR, `${name}.json`),
    JSON.stringify({
      suite: testPath,
      validated: tally.validated,
      exempt: tally.exempt,
      violations: tally.violations,
    }),
  );
  if (tally.violations.length > 0) {
    throw new Error(
      `${tally.violations.length} answers broke the OpenAPI contract:\n` +
        tally.violations.map((v) => `  ${v.request} → ${v.status}: ${v.problems.join('; ')}`).join('\n'),
    );
  }
}
