import type { AuthConfig } from './auth.config';
import { DevIssuer } from './dev-issuer';
import { JwtVerifier } from './jwt-verifier';

export interface Authentication {
  verifier: JwtVerifier;
  /** Present in dev mode only: serve its `jwks()` and expose `mint()` on the dev routes. */
  devIssuer?: DevIssuer;
}

/**
 * The verifier for the configured mode. In dev mode it opens (or creates) the dev issuer and
 * trusts its keys directly; no HTTP fetch.
 */
export async function openAuthentication(config: AuthConfig, env = process.env): Promise<Authentication> {
  if (config.mode === 'dev') {
    const devIssuer = await DevIssuer.open({ ...config.dev, env });
    return { verifier: verifierForDevIssuer(devIssuer), devIssuer };
  }
  const { jwksUrl, jwksMaxAgeSeconds, ...oidc } = config.oidc;
  return {
    verifier: new JwtVerifier({ ...oidc, keys: { jwksUrl, cache: { maxAgeMs: jwksMaxAgeSeconds * 1000 } } }),
  };
}

/** Trusts the dev issuer's keys in process; its tokens carry roles in `roles`. */
export function verifierForDevIssuer(devIssuer: DevIssuer): JwtVerifier {
  return new JwtVerifier({
    issuer: devIssuer.issuer,
    audience: devIssuer.audience,
    algorithms: [devIssuer.algorithm],
    rolesClaim: 'roles',
    keys: { keySet: devIssuer.keySet },
  });
}
