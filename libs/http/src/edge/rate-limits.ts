import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { EdgeConfig } from './edge.config';
import {
  addressFailureKey,
  credentialFailureKey,
  refusalCountsAgainst,
  type FailureCounter,
} from './authentication-failures';
import { edgeProblem, sendProblem } from './edge-problem';

/**
 * Route config key of limited routes: `@RouteConfig({ [RATE_LIMITED_ROUTE]: 'token-issuance' })`,
 * or `'public-lookup'` for a route anyone may ask about a code (a certificate's verification).
 */
export const RATE_LIMITED_ROUTE = 'csgRateLimit';

interface LimitState {
  max?: number;
  remaining?: number;
  ttlInSeconds?: number;
  isExceeded?: boolean;
}
type Limiter = (request: FastifyRequest, options?: { increment?: boolean }) => Promise<LimitState>;

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
 * - public lookups (routes marked `public-lookup`): per client address, so nobody floods the
 *   database with guesses (the codes themselves are beyond guessing);
 * - authentication failures (docs/adr/0057): every 401 to a request that carried credentials counts
 *   against its address; it counts against the credential too only when the authentication layer
 *   proved whom that credential names (`recordProvenRefusal`). Once its address's limit is spent,
 *   requests with credentials from there get 429; once a credential's is spent, that credential
 *   gets 429 from anywhere. A guess can spend nothing but its sender's address, so nobody can make
 *   someone else's credential get 429. Requests without credentials are not affected.
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
  /** Each kind of limited route and the limits it counts against (every one counts the request). */
  const limitsOf = new Map<unknown, Limiter[]>([
    ['token-issuance', [tokensByAddress, tokensBySubject]],
    ['public-lookup', [limiter(config.publicLookupsPerAddress, (r) => `lookups|ip|${r.ip}`)]],
  ]);
  const failures: Record<FailureCounter, Limiter> = {
    address: limiter(config.authFailuresPerAddress, addressFailureKey),
    credential: limiter(config.authFailuresPerPrincipal, credentialFailureKey),
  };
  const spent = (state: LimitState) => state.isExceeded === true || state.remaining === 0;
  // Only failures count, so while none was recorded within a window no limit can be spent and
  // a credential needs no lookup (nor hashing): the common case costs a compare.
  let lastFailureAt = Number.NEGATIVE_INFINITY;
  let lastProvenRefusalAt = Number.NEGATIVE_INFINITY;
  const withinWindow = (at: number) => Date.now() - at <= config.windowMs;

  /** The spent limit a request with credentials falls under, if any. */
  const spentLimitOf = async (request: FastifyRequest): Promise<LimitState | null> => {
    const byAddress = await failures.address(request, { increment: false });
    if (spent(byAddress)) return byAddress;
    if (!withinWindow(lastProvenRefusalAt)) return null;
    const byCredential = await failures.credential(request, { increment: false });
    return spent(byCredential) ? byCredential : null;
  };

  // Callback style, so the common case (no failure within the window) allocates no promise.
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.headers.authorization === undefined || !withinWindow(lastFailureAt)) return done();
    spentLimitOf(request).then(
      (limit) => (limit ? void tooMany(reply, limit) : done()),
      (error: Error) => done(error),
    );
  });
  fastify.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode !== 401) return;
    const counters = refusalCountsAgainst(request);
    if (counters.length === 0) return;
    lastFailureAt = Date.now();
    if (counters.includes('credential')) lastProvenRefusalAt = lastFailureAt;
    for (const counter of counters) await failures[counter](request);
  });
  fastify.addHook('preHandler', async (request, reply) => {
    const route = request.routeOptions.config as unknown as Record<string, unknown> | undefined;
    const limits = limitsOf.get(route?.[RATE_LIMITED_ROUTE]);
    if (!limits) return;
    const states: LimitState[] = [];
    for (const limit of limits) states.push(await limit(request));
    const exceeded = states.find((state) => state.isExceeded);
    if (exceeded) return tooMany(reply, exceeded);
  });
}
