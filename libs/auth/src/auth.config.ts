import { DEV_AUDIENCE, DEV_ISSUER_ALGORITHMS, type DevIssuerAlgorithm } from './dev-issuer';
import { assertDevModeAllowed } from './dev-mode.guard';
import { DEFAULT_CLOCK_TOLERANCE_SECONDS, DEFAULT_JWT_ALGORITHMS, DEFAULT_ROLES_CLAIM } from './jwt-verifier';

type Env = Record<string, string | undefined>;

export const DEV_ISSUER_NAME = 'urn:csg:dev-issuer';
export const DEFAULT_JWKS_MAX_AGE_SECONDS = 600;

export interface OidcSettings {
  issuer: string;
  audience: string[];
  jwksUrl: string;
  algorithms: string[];
  rolesClaim: string;
  clockToleranceSeconds: number;
  /** Refresh the issuer's key set once it is this old (OIDC_JWKS_MAX_AGE_SECONDS, default 600). */
  jwksMaxAgeSeconds: number;
}

export interface DevIssuerSettings {
  dataDir: string;
  issuer: string;
  audience: string;
  algorithm: DevIssuerAlgorithm;
}

export type AuthConfig = { mode: 'oidc'; oidc: OidcSettings } | { mode: 'dev'; dev: DevIssuerSettings };

export class AuthConfigError extends Error {}

/**
 * Reads the authentication settings (see README): `AUTH_MODE` (`oidc` default, `dev`), `OIDC_*`,
 * and for dev mode `AUTH_DEV_DATA_DIR`, `AUTH_DEV_ISSUER`, `AUTH_DEV_ALGORITHM`. Throws on a
 * missing or unsafe setting, and for AUTH_MODE=dev with NODE_ENV=production.
 */
export function loadAuthConfig(env: Env = process.env): AuthConfig {
  const mode = (env.AUTH_MODE?.trim() || 'oidc').toLowerCase();
  if (mode === 'dev') {
    assertDevModeAllowed(env);
    const algorithm = (env.AUTH_DEV_ALGORITHM?.trim() || 'ES256') as DevIssuerAlgorithm;
    if (!DEV_ISSUER_ALGORITHMS.includes(algorithm))
      throw new AuthConfigError('AUTH_DEV_ALGORITHM must be ES256 or RS256');
    return {
      mode: 'dev',
      dev: {
        dataDir: env.AUTH_DEV_DATA_DIR?.trim() || '.data',
        // One issuer name for every process on the machine (not tied to a port), so a token minted by
        // one service in the distributed dev setup is accepted by the others sharing AUTH_DEV_DATA_DIR.
        issuer: env.AUTH_DEV_ISSUER?.trim() || DEV_ISSUER_NAME,
        audience: DEV_AUDIENCE,
        algorithm,
      },
    };
  }
  if (mode !== 'oidc') throw new AuthConfigError(`AUTH_MODE must be "oidc" or "dev", got "${mode}"`);
  const issuer = required(env, 'OIDC_ISSUER');
  const jwksUrl = required(env, 'OIDC_JWKS_URL');
  assertSafeJwksUrl(jwksUrl, env.OIDC_JWKS_ALLOW_HTTP?.trim().toLowerCase() === 'true');
  const tolerance = env.OIDC_CLOCK_TOLERANCE_SECONDS?.trim();
  const jwksMaxAge = Number(env.OIDC_JWKS_MAX_AGE_SECONDS?.trim() || DEFAULT_JWKS_MAX_AGE_SECONDS);
  if (!Number.isFinite(jwksMaxAge) || jwksMaxAge < 1 || jwksMaxAge > 86_400) {
    throw new AuthConfigError('OIDC_JWKS_MAX_AGE_SECONDS must be between 1 and 86400');
  }
  return {
    mode: 'oidc',
    oidc: {
      issuer,
      audience: list(required(env, 'OIDC_AUDIENCE')),
      jwksUrl,
      algorithms: env.OIDC_ALGORITHMS?.trim() ? list(env.OIDC_ALGORITHMS) : [...DEFAULT_JWT_ALGORITHMS],
      rolesClaim: env.OIDC_ROLES_CLAIM?.trim() || DEFAULT_ROLES_CLAIM,
      clockToleranceSeconds: tolerance ? Number(tolerance) : DEFAULT_CLOCK_TOLERANCE_SECONDS,
      jwksMaxAgeSeconds: jwksMaxAge,
    },
  };
}

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new AuthConfigError(`${name} is required when AUTH_MODE=oidc`);
  return value;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Keys fetched over plain HTTP could be swapped in transit: only https, or loopback, or an explicit opt-in. */
function assertSafeJwksUrl(value: string, allowHttp: boolean): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AuthConfigError('OIDC_JWKS_URL is not a URL');
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && (loopback || allowHttp))) return;
  throw new AuthConfigError(
    'OIDC_JWKS_URL must be https (set OIDC_JWKS_ALLOW_HTTP=true for a trusted internal http URL)',
  );
}
