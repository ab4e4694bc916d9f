import fc from 'fast-check';
import { DEFAULT_METRICS_ALLOW, edgeConfigFromEnv } from './edge.config';
import { jsonNestsDeeperThan } from './json-body.parser';
import { isLoopback, listenAddress, REMOTE_DEV_WARNING } from './listen-address';
import { addressList, isAllowed } from './metrics-access';
import { helmetHeaders } from './security-headers';

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('JSON depth check', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(jsonNestsDeeperThan(nested(32), 32)).toBe(false);
    expect(jsonNestsDeeperThan(nested(33), 32)).toBe(true);
    expect(jsonNestsDeeperThan(`{"a":"${'['.repeat(100)}"}`, 2)).toBe(false);
    expect(jsonNestsDeeperThan(`{"a":"\\"[[[[","b":[[1]]}`, 3)).toBe(false);
    expect(jsonNestsDeeperThan(`{"a":"\\\\","b":[[[1]]]}`, 3)).toBe(true);
  });

  it('handles a body a million levels deep without a stack', () => {
    expect(jsonNestsDeeperThan(nested(1_000_000), 32)).toBe(true);
  });

  it('agrees with the depth of any JSON value', () => {
    const depthOf = (value: unknown): number =>
      value !== null && typeof value === 'object'
        ? 1 + Math.max(0, ...Object.values(value as object).map(depthOf))
        : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 12 }), fc.integer({ min: 0, max: 12 }), (value, max) => {
        expect(jsonNestsDeeperThan(JSON.stringify(value), max)).toBe(depthOf(value) > max);
      }),
      { numRuns: 500 },
    );
  });
});

describe('where the process listens', () => {
  it('listens on loopback in development mode when HOST is not set', () => {
    expect(listenAddress({ AUTH_MODE: 'dev' })).toEqual({ host: '127.0.0.1' });
    expect(listenAddress({})).toEqual({ host: '0.0.0.0' });
    expect(listenAddress({ AUTH_MODE: 'oidc', HOST: '0.0.0.0' })).toEqual({ host: '0.0.0.0' });
  });

  it('refuses a non-loopback HOST in development mode without AUTH_DEV_ALLOW_REMOTE=true', () => {
    expect(() => listenAddress({ AUTH_MODE: 'dev', HOST: '0.0.0.0' })).toThrow(/AUTH_DEV_ALLOW_REMOTE=true/);
    expect(() =>
      listenAddress({ AUTH_MODE: 'dev', HOST: '10.1.2.3', AUTH_DEV_ALLOW_REMOTE: 'yes' }),
    ).toThrow();
    expect(listenAddress({ AUTH_MODE: 'dev', HOST: 'localhost' })).toEqual({ host: 'localhost' });
    expect(listenAddress({ AUTH_MODE: 'dev', HOST: '::1' })).toEqual({ host: '::1' });
  });

  it('listens beyond loopback in development mode when both are set, with a warning', () => {
    expect(listenAddress({ AUTH_MODE: 'dev', HOST: '0.0.0.0', AUTH_DEV_ALLOW_REMOTE: 'true' })).toEqual({
      host: '0.0.0.0',
      warning: REMOTE_DEV_WARNING,
    });
  });

  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])
      expect(isLoopback(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.1', 'example.gov', '128.0.0.1'])
      expect(isLoopback(host)).toBe(false);
  });
});

describe('edge settings', () => {
  it('has defaults that throttle nobody in tests, and refuses nonsense', () => {
    const config = edgeConfigFromEnv({});
    expect(config.jsonMaxDepth).toBe(32);
    expect(config.corsOrigins).toBeNull();
    expect(config.metricsAllow).toEqual(DEFAULT_METRICS_ALLOW);
    expect(config.rateLimits.authFailuresPerAddress).toBeGreaterThanOrEqual(100);
    expect(edgeConfigFromEnv({ CORS_ORIGINS: 'https://a.gov, https://b.gov' }).corsOrigins).toEqual([
      'https://a.gov',
      'https://b.gov',
    ]);
    expect(() => edgeConfigFromEnv({ HTTP_JSON_MAX_DEPTH: '0' })).toThrow(/HTTP_JSON_MAX_DEPTH/);
    expect(() => edgeConfigFromEnv({ RATE_LIMIT_TOKENS_PER_ADDRESS: 'many' })).toThrow();
  });

  it('lets the metrics allow-list admit only its networks', () => {
    const list = addressList(DEFAULT_METRICS_ALLOW);
    for (const ip of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.42.0.7', '192.168.1.1', 'fd00::1'])
      expect(isAllowed(list, ip)).toBe(true);
    for (const ip of ['203.0.113.5', '8.8.8.8', '2001:db8::1', 'garbage'])
      expect(isAllowed(list, ip)).toBe(false);
    expect(() => addressList(['10.0.0.0/33'])).toThrow(/METRICS_ALLOW/);
    expect(() => addressList(['prometheus'])).toThrow(/METRICS_ALLOW/);
  });
});

describe('security headers', () => {
  it('are the headers helmet sets for the API, read once: nosniff, a deny-all CSP, same-origin resources', () => {
    const headers = helmetHeaders({
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"] } },
      crossOriginResourcePolicy: { policy: 'same-origin' },
    });
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
      'cross-origin-resource-policy': 'same-origin',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
    });
    expect(headers).not.toHaveProperty('x-powered-by');
  });
});
