import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { EdgeConfig } from './edge.config';
import { edgeProblem, sendProblem } from './edge-problem';

/** Route config key (`@RouteConfig({ [RATE_LIMITED_ROUTE]: 'token-issuance' })`) of limited routes. */
export const RATE_LIMITED_ROUTE = 'csgRateLimit';
export type RateLimitedRoute = 'token-issuance';

interface LimitState {
  max?: number;
  remaining?: number;
  ttlInSeconds?: number;
  isExceeded?: boolean;
}
type Limiter = (request: FastifyRequest, options?: { increment?: boolean }) => Promise<LimitState>;

/** The unverified `sub` of a bearer JWT, or the lookup id of an API key: who a failure claims to be. */
export function claimedPrincipal(authorization: string | undefined): string | null {
  if (typeof authorization !== 'string' || !authorization.startsWith('Bearer ')) return null;
  const credential = authorization.slice('Bearer '.length).trim();
  if (credential.startsWith('csg_')) return `key:${credential.slice(4, 16)}`;
  const payload = credential.split('.')[1];
  if (!payload || payload.length > 8_192) return null;
  try {
    const sub = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: unknown }).sub;
    return typeof sub === 'string' && sub.length > 0 ? `sub:${sub.slice(0, 255)}` : null;
  } catch {
    return null;
  }
}

function tooMany(reply: FastifyReply, state: LimitState): FastifyReply {
  const seconds = Math.max(1, state.ttlInSeconds ?? 1);
  reply.header('ratelimit-limit', String(state.max ?? 0));
  reply.header('ratelimit-remaining', '0');
  reply.header('ratelimit-reset', String(seconds));
  reply.header('retry-after', String(seconds));
  return sendProblem(
    reply,
    edgeProblem(
      429,
      'too-many-requests',
      'Too many requests',
      `Too many requests; try again in ${seconds} s.`,
    ),
  );
}

/**
 * Rate limits with `@fastify/rate-limit` (docs/adr/0018), counted in this process:
 * - token issuance (routes marked `token-issuance`): per client address and per requested `sub`;
 * - authentication failures: every 401 to a request that carried credentials counts against its
 *   address and the principal it claimed; once either is spent, requests with credentials from
 *   there get 429 until the window ends (requests without credentials are not affected).
 */
export async function registerRateLimits(app: NestFastifyApplication, config: EdgeConfig['rateLimits']) {
  await app.register(rateLimit as never, { global: false, enableDraftSpec: true });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  const limiter = (max: number, key: (request: FastifyRequest) => string): Limiter =>
    fastify.createRateLimit({ max, timeWindow: config.windowMs, keyGenerator: key }) as unknown as Limiter;
  const tokensByAddress = limiter(config.tokensPerAddress, (r) => `tokens|ip|${r.ip}`);
  const tokensBySubject = limiter(config.tokensPerSubject, (r) => {
    const sub = (r.body as { sub?: unknown } | undefined)?.sub;
    return `tokens|sub|${typeof sub === 'string' ? sub.slice(0, 255) : ''}`;
  });
  const failuresByAddress = limiter(config.authFailuresPerAddress, (r) => `fail|ip|${r.ip}`);
  const failuresByPrincipal = limiter(
    config.authFailuresPerPrincipal,
    (r) => `fail|who|${claimedPrincipal(r.headers.authorization)}`,
  );
  const spent = (state: LimitState) => state.isExceeded === true || state.remaining === 0;
  // Only failures count, so while none was recorded within a window no limit can be spent and
  // a credential needs no lookup (nor its claimed principal parsed): the common case costs a compare.
  let lastFailureAt = Number.NEGATIVE_INFINITY;
  const failureWithinWindow = () => Date.now() - lastFailureAt <= config.windowMs;

  /** The spent limit a request with credentials falls under, if any. */
  const spentLimitOf = async (request: FastifyRequest): Promise<LimitState | null> => {
    const byAddress = await failuresByAddress(request, { increment: false });
    if (spent(byAddress)) return byAddress;
    if (!claimedPrincipal(request.headers.authorization)) return null;
    const byPrincipal = await failuresByPrincipal(request, { increment: false });
    return spent(byPrincipal) ? byPrincipal : null;
  };

  // Callback style, so the common case (no failure within the window) allocates no promise.
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.headers.authorization === undefined || !failureWithinWindow()) return done();
    spentLimitOf(request).then(
      (limit) => (limit ? void tooMany(reply, limit) : done()),
      (error: Error) => done(error),
    );
  });
  fastify.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode !== 401 || request.headers.authorization === undefined) return;
    lastFailureAt = Date.now();
    await failuresByAddress(request);
    if (claimedPrincipal(request.headers.authorization)) await failuresByPrincipal(request);
  });
  fastify.addHook('preHandler', async (request, reply) => {
    const route = request.routeOptions.config as unknown as Record<string, unknown> | undefined;
    if (route?.[RATE_LIMITED_ROUTE] !== 'token-issuance') return;
    for (const state of [await tokensByAddress(request), await tokensBySubject(request)]) {
      if (state.isExceeded) return tooMany(reply, state);
    }
  });
}
