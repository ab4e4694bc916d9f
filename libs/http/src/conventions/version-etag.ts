import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import type { FastifyInstance } from 'fastify';
import { formatEtag } from './etag';

/** Route config key of routes whose single-resource answers carry an `ETag` from their `version`. */
export const VERSION_ETAG_ROUTE = 'csgVersionEtag';

/**
 * Sets `ETag` from the `version` of the single resource a route answers with (2xx). A route
 * marker read by one Fastify hook rather than a Nest interceptor: an interceptor moves every
 * request of the route through rxjs, about 8% of a read's CPU (docs/benchmarks.md). Merges with
 * the route's other Fastify config (rate-limit markers).
 */
export function VersionEtag(): MethodDecorator {
  return (_target, _key, descriptor) => {
    const handler = descriptor.value as object;
    const existing = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) ?? {}) as object;
    Reflect.defineMetadata(
      FASTIFY_ROUTE_CONFIG_METADATA,
      { ...existing, [VERSION_ETAG_ROUTE]: true },
      handler,
    );
    return descriptor;
  };
}

/** The hook behind `@VersionEtag()`: the body is still an object when Fastify pre-serialises it. */
export function registerVersionEtags(fastify: FastifyInstance): void {
  fastify.addHook('preSerialization', (request, reply, payload, done) => {
    const config = request.routeOptions.config as unknown as Record<string, unknown> | undefined;
    if (config?.[VERSION_ETAG_ROUTE] === true && reply.statusCode < 300) {
      const version = (payload as { version?: unknown } | null)?.version;
      if (typeof version === 'number' && Number.isInteger(version)) reply.header('etag', formatEtag(version));
    }
    done(null, payload);
  });
}
