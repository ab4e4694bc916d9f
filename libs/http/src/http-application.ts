import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  contextFrom,
  JsonLogger,
  NestJsonLogger,
  collectProcessMetrics,
  runWithContext,
} from '@csg/observability';
import { httpTracingPlugin } from '@csg/observability/tracing';
import { ErrorStatusRegistry } from './problem/error-statuses';
import { ProblemDetailsFilter } from './problem/problem-details.filter';
import { createValidationPipe } from './problem/validation.pipe';
import { edgeConfigFromEnv } from './edge/edge.config';
import { clientErrorHandler, frameworkErrors } from './edge/framework-errors';
import { acceptOnlyJsonBodies } from './edge/json-body.parser';
import { listenAddress } from './edge/listen-address';
import { observeHttpRequest } from './metrics/http-request.metrics';
import { logRequest } from './request-log';
import { restrictMetrics } from './edge/metrics-access';
import { registerRateLimits } from './edge/rate-limits';
import { registerSecurityHeaders } from './edge/security-headers';
import { registerVersionEtags } from './conventions/version-etag';
import { registerIdempotentCreates } from './conventions/idempotent-create';
import { buildOpenApiDocument, DOCS_PATH, serveOpenApiDocument } from './openapi/openapi-document';
import { applyApiPrefix } from './api-prefix';

const BODY_LIMIT_BYTES = Number(process.env.HTTP_BODY_LIMIT_BYTES ?? 1_048_576);

export interface HttpApplicationOptions {
  title: string;
  /** Close the application on SIGTERM/SIGINT (default). Off when the caller owns shutdown. */
  shutdownHooks?: boolean;
}

/**
 * The HTTP shell shared by every service and by the embedded default: Fastify, routes under
 * /api/v1 (health, metrics and docs outside it), RFC 9457 errors, strict validation, JSON bodies
 * only (415 otherwise) within a size (413) and a depth (400), security headers, rate limits,
 * `/metrics` for an allow-list, correlation ids, request metrics and log lines, and OpenAPI at /api/docs.
 */
export async function createHttpApplication(
  module: unknown,
  options: HttpApplicationOptions,
): Promise<NestFastifyApplication> {
  collectProcessMetrics();
  const edge = edgeConfigFromEnv();
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: edge.trustProxy,
    frameworkErrors,
    clientErrorHandler,
  });
  const app = await NestFactory.create<NestFastifyApplication>(module as never, adapter, {
    logger: new NestJsonLogger(),
    bufferLogs: false,
    // Bodies are parsed by acceptOnlyJsonBodies below: JSON only, depth checked first.
    bodyParser: false,
    // Throw start-up errors to the caller (which logs them and exits) instead of exiting here.
    abortOnError: false,
  });
  // First, so every later hook and every route runs in the request's span (ADR 74); null when off.
  const tracing = httpTracingPlugin();
  if (tracing) await app.register(tracing as never);
  const fastify = app.getHttpAdapter().getInstance();
  const requestLog = new JsonLogger('http');
  acceptOnlyJsonBodies(fastify as never, edge.jsonMaxDepth, BODY_LIMIT_BYTES);
  await registerSecurityHeaders(app, { corsOrigins: edge.corsOrigins, docsPath: DOCS_PATH });
  await registerRateLimits(app, edge.rateLimits);
  restrictMetrics(fastify as never, edge.metricsAllow);
  registerVersionEtags(fastify as never);
  registerIdempotentCreates(fastify as never);
  fastify.addHook('onRequest', (request, reply, done) => {
    const header = (name: string) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const context = contextFrom({
      correlationId: header('x-correlation-id'),
      traceparent: header('traceparent'),
    });
    reply.header('x-correlation-id', context.correlationId);
    (request as unknown as { startedAt: bigint }).startedAt = process.hrtime.bigint();
    runWithContext(context, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const started = (request as unknown as { startedAt?: bigint }).startedAt;
    if (started) {
      const route = request.routeOptions?.url ?? 'unmatched';
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      observeHttpRequest(request.method, route, reply.statusCode, seconds);
      logRequest(requestLog, { method: request.method, route, url: request.url }, reply.statusCode, seconds);
    }
    done();
  });
  applyApiPrefix(app);
  // Error codes → statuses come from the modules that own them (ProblemModule.forCodes).
  app.useGlobalFilters(new ProblemDetailsFilter(errorStatusesOf(app)));
  app.useGlobalPipes(createValidationPipe());
  if (options.shutdownHooks !== false) app.enableShutdownHooks();
  serveOpenApiDocument(
    app,
    buildOpenApiDocument(app, { title: options.title, serverUrl: process.env.PUBLIC_BASE_URL }),
  );
  return app;
}

/** The process's registry (ProblemModule), or one with the library's own codes only. */
function errorStatusesOf(app: NestFastifyApplication): ErrorStatusRegistry {
  try {
    return app.get(ErrorStatusRegistry, { strict: false });
  } catch {
    return new ErrorStatusRegistry();
  }
}

/**
 * Listens on `PORT` at the address `listenAddress` picks: loopback in development mode unless
 * `HOST` (and, beyond loopback, `AUTH_DEV_ALLOW_REMOTE=true`) says otherwise.
 */
export async function listen(app: NestFastifyApplication, port: number, name: string): Promise<void> {
  const log = new JsonLogger(name);
  const { host, warning } = listenAddress();
  if (warning) log.warn(warning, { host });
  await app.listen({ port, host });
  log.info('listening', { host, port, node: process.version });
}
