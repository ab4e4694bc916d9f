import type { FastifyInstance } from 'fastify';
import { formatEtag } from './etag';
import { markRoute, routeMarker } from './route-marker';

/** Route config key of routes whose single-resource answers carry an `ETag` from their `version`. */
export const VERSION_ETAG_ROUTE = 'csgVersionEtag';

/** The `ETag` of a resource with an integer `version`; none for anything else. */
export function versionEtagOf(resource: unknown): string | undefined {
  const version = (resource as { version?: unknown } | null)?.version;
  return typeof version === 'number' && Number.isInteger(version) ? formatEtag(version) : undefined;
}

/**
 * Sets `ETag` from the `version` of the single resource a route answers with (2xx). A route
 * marker read by one Fastify hook rather than a Nest interceptor (see `markRoute`).
 */
export function VersionEtag(): MethodDecorator {
  return markRoute(VERSION_ETAG_ROUTE, true);
}

/** The hook behind `@VersionEtag()`: the body is still an object when Fastify pre-serialises it. */
export function registerVersionEtags(fastify: FastifyInstance): void {
  fastify.addHook('preSerialization', (request, reply, payload, done) => {
    if (routeMarker(request, VERSION_ETAG_ROUTE) === true && reply.statusCode < 300) {
      const etag = versionEtagOf(payload);
      if (etag) reply.header('etag', etag);
    }
    done(null, payload);
  });
}
