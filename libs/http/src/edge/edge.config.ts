/**
 * What the HTTP edge enforces, from the environment (README "Environment"; docs/adr/0018).
 * Defaults are generous enough that the test suites and benchmarks are never throttled.
 */
export interface EdgeConfig {
  /** Deepest JSON nesting a body may have (`HTTP_JSON_MAX_DEPTH`, default 32). */
  jsonMaxDepth: number;
  /** Origins allowed by CORS (`CORS_ORIGINS`, comma-separated); null: CORS off. */
  corsOrigins: string[] | null;
  /** Which peers' `X-Forwarded-For` is believed (`HTTP_TRUST_PROXY`), in proxy-addr terms. */
  trustProxy: string | boolean;
  rateLimits: {
    windowMs: number;
    tokensPerAddress: number;
    tokensPerSubject: number;
    authFailuresPerAddress: number;
    /** Proven refusals of one credential (`RATE_LIMIT_AUTH_FAILURES_PER_PRINCIPAL`; docs/adr/0057). */
    authFailuresPerPrincipal: number;
    /** Public lookups by a code (`RATE_LIMIT_PUBLIC_LOOKUPS_PER_ADDRESS`): a certificate's verification. */
    publicLookupsPerAddress: number;
  };
  /** CIDRs that may read `/metrics` (`METRICS_ALLOW`); the rest get 404. */
  metricsAllow: string[];
}

export const DEFAULT_TRUST_PROXY = 'loopback,linklocal,uniquelocal';
export const DEFAULT_METRICS_ALLOW = [
  '127.0.0.0/8',
  '::1/128',
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  'fc00::/7',
];

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer, not "${raw}"`);
  return value;
}

function list(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function trustProxy(raw: string | undefined): string | boolean {
  const value = raw?.trim();
  if (!value) return DEFAULT_TRUST_PROXY;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

export function edgeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): EdgeConfig {
  const cors = list(env.CORS_ORIGINS);
  const metricsAllow = list(env.METRICS_ALLOW);
  return {
    jsonMaxDepth: positiveInteger(env, 'HTTP_JSON_MAX_DEPTH', 32),
    corsOrigins: cors.length > 0 ? cors : null,
    trustProxy: trustProxy(env.HTTP_TRUST_PROXY),
    rateLimits: {
      windowMs: positiveInteger(env, 'RATE_LIMIT_WINDOW_SECONDS', 60) * 1000,
      tokensPerAddress: positiveInteger(env, 'RATE_LIMIT_TOKENS_PER_ADDRESS', 120),
      tokensPerSubject: positiveInteger(env, 'RATE_LIMIT_TOKENS_PER_SUBJECT', 60),
      authFailuresPerAddress: positiveInteger(env, 'RATE_LIMIT_AUTH_FAILURES_PER_ADDRESS', 100),
      authFailuresPerPrincipal: positiveInteger(env, 'RATE_LIMIT_AUTH_FAILURES_PER_PRINCIPAL', 20),
      publicLookupsPerAddress: positiveInteger(env, 'RATE_LIMIT_PUBLIC_LOOKUPS_PER_ADDRESS', 60),
    },
    metricsAllow: metricsAllow.length > 0 ? metricsAllow : DEFAULT_METRICS_ALLOW,
  };
}
