import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { asyncApiYaml } from './platform-asyncapi';

/** Where every process serves the AsyncAPI document, beside the OpenAPI one at /api/docs. */
export const ASYNCAPI_PATHS = { yaml: '/api/asyncapi.yaml', json: '/api/asyncapi.json' } as const;

/**
 * The same for every caller and fixed for the life of a deployment: caches may keep it a few
 * minutes and revalidate by its ETag (the API's own answers stay `no-store`).
 */
export const ASYNCAPI_CACHE_CONTROL = 'public, max-age=300';

/**
 * `GET /api/asyncapi.yaml` (application/yaml, RFC 9512) and `GET /api/asyncapi.json`: public like
 * /api/docs and, like it, Fastify routes outside the API (no global prefix, no route policy, not
 * in the OpenAPI document). Built at the first request, not at start (it takes most of a second),
 * then kept. A strong ETag of the body answers `If-None-Match` with 304.
 */
export function serveAsyncApiDocument(
  fastify: FastifyInstance,
  documentOf: () => Record<string, unknown>,
): void {
  let document: Record<string, unknown> | undefined;
  const bodyOf = (render: (document: Record<string, unknown>) => string) => {
    let cached: { body: string; etag: string } | undefined;
    return () => {
      if (cached) return cached;
      const body = render((document ??= documentOf()));
      cached = { body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
      return cached;
    };
  };
  const routes = [
    { url: ASYNCAPI_PATHS.yaml, type: 'application/yaml', answer: bodyOf(asyncApiYaml) },
    { url: ASYNCAPI_PATHS.json, type: 'application/json; charset=utf-8', answer: bodyOf(JSON.stringify) },
  ];
  for (const { url, type, answer } of routes) {
    fastify.route({
      method: 'GET',
      url,
      // After the edge's own onSend (which makes every answer `no-store`): this one may be cached.
      onSend: (_request, reply, payload, done) => {
        reply.header('cache-control', ASYNCAPI_CACHE_CONTROL);
        done(null, payload);
      },
      handler: (request, reply) => {
        const { body, etag } = answer();
        reply.header('etag', etag);
        const match = request.headers['if-none-match'];
        if (match !== undefined && match.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*'))
          return reply.code(304).send();
        return reply.type(type).send(body);
      },
    });
  }
}
