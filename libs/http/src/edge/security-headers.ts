import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { IDEMPOTENT_REPLAYED_HEADER } from '../conventions/idempotent-create';
import { IDEMPOTENCY_KEY_HEADER } from '../conventions/idempotency-key';
import { PROBLEM_CONTENT_TYPE } from '../problem/problem-details';
import { edgeProblem } from './edge-problem';

/** The API serves JSON only: nothing may load, frame or submit from its answers. */
const API_CSP = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/** The docs page: its own scripts and styles (Swagger UI inlines some style), nothing else. */
export const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const EXPOSED_HEADERS = [
  'etag',
  'location',
  IDEMPOTENT_REPLAYED_HEADER,
  'retry-after',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'x-correlation-id',
];

/**
 * The headers helmet sets for these options, read once: helmet's middleware only ever sets the
 * same static headers for a configuration without CSP nonces, and building it per request (as
 * `@fastify/helmet` does) cost about 6% of a read's CPU (docs/benchmarks.md).
 */
export function helmetHeaders(options: Parameters<typeof helmet>[0]): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as never, response as never, () => undefined);
  return headers;
}

/**
 * Helmet's headers on every answer (`X-Content-Type-Options: nosniff`, a deny-all CSP, …), the
 * docs page's own CSP, `Cache-Control: no-store` on every API answer (they are per caller), CORS
 * only for the configured origins, and unknown routes as a problem that repeats nothing.
 */
export async function registerSecurityHeaders(
  app: NestFastifyApplication,
  options: { corsOrigins: string[] | null; docsPath: string },
): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  const securityHeaders = helmetHeaders({
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  fastify.addHook('onRequest', (_request, reply, done) => {
    reply.headers(securityHeaders);
    done();
  });
  if (options.corsOrigins) {
    app.enableCors({
      origin: options.corsOrigins,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: [
        'authorization',
        'content-type',
        'if-match',
        IDEMPOTENCY_KEY_HEADER,
        'x-correlation-id',
      ],
      exposedHeaders: EXPOSED_HEADERS,
      maxAge: 600,
    });
  }
  const docs = `/${options.docsPath}`;
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const path = request.url.split('?')[0];
    if (path === docs || path.startsWith(`${docs}/`)) {
      reply.header('content-security-policy', DOCS_CSP);
    } else {
      reply.header('cache-control', 'no-store');
    }
    if (reply.statusCode === 404 && !request.routeOptions?.url) {
      // Nest's not-found answer says "Cannot GET <path>": say nothing of the request instead.
      reply.type(PROBLEM_CONTENT_TYPE);
      done(null, JSON.stringify(edgeProblem(404, 'not-found', 'Not found', 'No such route.')));
      return;
    }
    done(null, payload);
  });
}
