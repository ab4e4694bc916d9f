import httpProxy from '@fastify/http-proxy';
import Fastify, { type FastifyInstance } from 'fastify';
import { routeMatches, type RouteEntry } from './route-table';

/** Where the gateway sends a service's requests: the base URL of each of its replicas. */
export type Upstreams = ReadonlyMap<string, readonly string[]>;

export interface GatewayOptions {
  /** The public routes (routeTable of the declarations) and the gateway-only ones. */
  routes: readonly RouteEntry[];
  upstreams: Upstreams;
  /** Whether every process is ready: the gateway's own /health/ready. */
  ready: () => Promise<boolean>;
}

const API_PREFIX = '/api/v1';

const notFound = {
  type: 'about:blank',
  title: 'Not Found',
  status: 404,
  detail: 'No service owns this path',
};

/**
 * The development gateway of `npm run start:distributed`: one port, routed by the same table as
 * the Ingress and compose's nginx, round-robin over a service's replicas. Built on
 * @fastify/http-proxy (which streams bodies and responses, SSE included); not for production,
 * where the Ingress or nginx do this (ADR 0081).
 */
export async function createGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const gateway = Fastify({ logger: false });
  const turns = new Map<string, number>();
  const upstreamOf = (path: string): string | undefined => {
    const service = options.routes.find((route) => routeMatches(route, path))?.service;
    const replicas = service ? options.upstreams.get(service) : undefined;
    if (!service || !replicas?.length) return undefined;
    const turn = turns.get(service) ?? 0;
    turns.set(service, turn + 1);
    return replicas[turn % replicas.length];
  };
  const pathOf = (url: string): string => url.split('?', 1)[0];

  gateway.get('/health/live', async () => ({ status: 'ok' }));
  gateway.get('/health/ready', async (_request, reply) =>
    (await options.ready())
      ? { status: 'ok' }
      : reply.code(503).send({ status: 'starting or degraded: a process is not ready' }),
  );
  await gateway.register(httpProxy, {
    upstream: '',
    prefix: API_PREFIX,
    rewritePrefix: API_PREFIX,
    preHandler: (request, reply, done) => {
      if (options.routes.some((route) => routeMatches(route, pathOf(request.url)))) done();
      else void reply.code(404).type('application/problem+json').send(notFound);
    },
    replyOptions: {
      getUpstream: (request) => upstreamOf(pathOf(request.url)) ?? 'http://127.0.0.1:9',
    },
  });
  gateway.setNotFoundHandler((_request, reply) =>
    reply.code(404).type('application/problem+json').send(notFound),
  );
  return gateway;
}
