import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { AuthenticationError, type AuthFailureReason } from './authentication.error';
import { validatedIdentity } from './claims.validation';
import type { PlatformRole } from './principal';
import { VerifiedTokenCache, type VerifiedTokenCacheOptions } from './jwt-verifier.cache';
import { JwksUnavailableError, RemoteJwksCache, type RemoteJwksOptions } from './remote-jwks.cache';
import { platformRolesFrom } from './roles-claim.util';

/** Asymmetric JWS algorithms a verifier may allow; HMAC (`HS*`) and `none` never. */
export const SUPPORTED_JWT_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;
export const DEFAULT_JWT_ALGORITHMS = ['RS256', 'ES256', 'PS256'];
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;
export const DEFAULT_ROLES_CLAIM = 'roles';
const MAX_TOKEN_LENGTH = 16 * 1024;

export interface JwtVerifierConfig {
  issuer: string;
  /** The API's audience; a token must name one of these in `aud`. */
  audience: string | string[];
  /** Allow-list (default RS256, ES256, PS256). */
  algorithms?: string[];
  /** Claim path of the platform roles (default `roles`; Keycloak: `realm_access.roles`). */
  rolesClaim?: string;
  clockToleranceSeconds?: number;
  /** Where the issuer's keys are: a JWKS endpoint, or keys held in process (the dev issuer). */
  keys: { jwksUrl: string; cache?: Omit<RemoteJwksOptions, 'url'> } | { keySet: JWTVerifyGetKey };
  /**
   * Verified tokens kept until their `exp` (bounded LRU keyed by the token's SHA-256; ADR 0026),
   * so a token's signature is checked once, not on every request. `false` turns it off.
   */
  verifiedTokens?: VerifiedTokenCacheOptions | false;
  /** The clock, epoch ms (tests). */
  now?: () => number;
}

/** Who a valid token says the caller is. Memberships come from the projection, not the token. */
export interface VerifiedIdentity {
  sub: string;
  name?: string;
  email?: string;
  platformRoles: PlatformRole[];
}

/**
 * Verifies OIDC bearer JWTs: signature against the issuer's keys, `alg` allow-list, `iss`, `aud`,
 * `exp` (required), `nbf`, with a small clock tolerance. Every failure is an
 * `AuthenticationError` (generic message; `reason` for the log).
 */
export class JwtVerifier {
  private readonly getKey: JWTVerifyGetKey;
  private readonly algorithms: string[];
  private readonly rolesClaim: string;
  private readonly clockTolerance: number;
  private readonly verified?: VerifiedTokenCache<VerifiedIdentity>;
  private readonly now: () => number;
  readonly jwks?: RemoteJwksCache;

  constructor(private readonly config: JwtVerifierConfig) {
    this.algorithms = validateAlgorithms(config.algorithms ?? DEFAULT_JWT_ALGORITHMS);
    this.rolesClaim = config.rolesClaim?.trim() || DEFAULT_ROLES_CLAIM;
    this.clockTolerance = config.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
    if (!config.issuer) throw new TypeError('JwtVerifier: issuer is required');
    if ((Array.isArray(config.audience) ? config.audience : [config.audience]).filter(Boolean).length === 0) {
      throw new TypeError('JwtVerifier: audience is required');
    }
    if (!Number.isFinite(this.clockTolerance) || this.clockTolerance < 0 || this.clockTolerance > 300) {
      throw new RangeError('JwtVerifier: clock tolerance must be between 0 and 300 seconds');
    }
    this.now = config.now ?? Date.now;
    if (config.verifiedTokens !== false) this.verified = new VerifiedTokenCache(config.verifiedTokens);
    if ('jwksUrl' in config.keys) {
      this.jwks = new RemoteJwksCache({ now: this.now, ...config.keys.cache, url: config.keys.jwksUrl });
      this.getKey = this.jwks.getKey;
    } else {
      this.getKey = config.keys.keySet;
    }
  }

  async verify(token: string): Promise<VerifiedIdentity> {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
      throw new AuthenticationError('malformed', 'token missing or longer than 16 KiB');
    }
    // A token verified before, while its key set is still the current and a fresh one, is not
    // checked again (ADR 0026).
    const cacheKey = this.verified ? VerifiedTokenCache.keyOf(token) : undefined;
    if (cacheKey && this.keysFresh()) {
      const cached = this.verified!.get(cacheKey, this.now(), this.jwks?.generation ?? 0);
      if (cached) return cached;
    }
    const identity = await this.verifySignatureAndClaims(token);
    if (cacheKey && this.keysFresh()) {
      this.verified!.set(
        cacheKey,
        identity.value,
        this.now(),
        identity.expiresAt,
        this.jwks?.generation ?? 0,
      );
    }
    return identity.value;
  }

  private keysFresh(): boolean {
    return !this.jwks || this.jwks.isFresh();
  }

  private async verifySignatureAndClaims(
    token: string,
  ): Promise<{ value: VerifiedIdentity; expiresAt: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.getKey, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: this.algorithms,
        clockTolerance: this.clockTolerance,
        requiredClaims: ['exp', 'sub'],
        currentDate: new Date(this.now()),
      }));
    } catch (error) {
      throw toAuthenticationError(error);
    }
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) {
      throw new AuthenticationError('invalid-claim', '"sub" must be a non-empty string');
    }
    const sub = payload.sub;
    const value = provingSub(sub, () =>
      validatedIdentity({
        sub,
        ...(typeof payload.name === 'string' ? { name: payload.name } : {}),
        ...(typeof payload.email === 'string' ? { email: payload.email } : {}),
        platformRoles: platformRolesFrom(payload, this.rolesClaim),
      }),
    );
    // Shared by every request that presents the token: nobody may change it.
    Object.freeze(value.platformRoles);
    return { value: Object.freeze(value), expiresAt: (payload.exp as number) * 1000 };
  }
}

function validateAlgorithms(algorithms: string[]): string[] {
  const list = [...new Set(algorithms.map((a) => a.trim()).filter(Boolean))];
  const unsupported = list.filter((a) => !(SUPPORTED_JWT_ALGORITHMS as readonly string[]).includes(a));
  if (list.length === 0 || unsupported.length > 0) {
    throw new TypeError(
      `JwtVerifier: algorithms must be asymmetric JWS algorithms (${SUPPORTED_JWT_ALGORITHMS.join(', ')}); ` +
        `rejected: ${unsupported.join(', ') || '(empty list)'}`,
    );
  }
  return list;
}

const CLAIM_REASONS: Record<string, AuthFailureReason> = {
  iss: 'wrong-issuer',
  aud: 'wrong-audience',
  nbf: 'not-yet-valid',
};

/** A refusal of a token whose signature, `iss` and `aud` all held proves its `sub` (ADR 0057). */
function provingSub<T>(sub: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw error instanceof AuthenticationError ? error.provenFor(`person:${sub}`) : error;
  }
}

/**
 * The `sub` a jose refusal proved, if any. jose checks the signature first, then the claims in
 * this order: presence, `iss`, `aud`, then the dates (`nbf`, `exp`). A claim failure other than a
 * missing claim, `iss`, `aud` or `typ` therefore comes from a token this API's issuer signed for
 * this API; anything before the claims (signature, key, algorithm, format) proves nobody.
 */
function subProvenBy(error: unknown): string | undefined {
  if (!(error instanceof errors.JWTExpired || error instanceof errors.JWTClaimValidationFailed))
    return undefined;
  if (error.reason === 'missing' || ['iss', 'aud', 'typ'].includes(error.claim)) return undefined;
  const sub = (error.payload as { sub?: unknown } | undefined)?.sub;
  return typeof sub === 'string' && sub.length > 0 ? sub : undefined;
}

function toAuthenticationError(error: unknown): AuthenticationError {
  if (error instanceof AuthenticationError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const reason = ((): AuthFailureReason => {
    if (error instanceof JwksUnavailableError) return 'keys-unavailable';
    if (error instanceof errors.JWTExpired) return 'expired';
    if (error instanceof errors.JWTClaimValidationFailed) {
      if (error.reason === 'missing') return 'missing-claim';
      return CLAIM_REASONS[error.claim] ?? 'invalid-claim';
    }
    if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm-not-allowed';
    if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad-signature';
    if (error instanceof errors.JWKSNoMatchingKey) return 'unknown-key';
    if (error instanceof errors.JWKSMultipleMatchingKeys) return 'ambiguous-key';
    return 'malformed';
  })();
  const sub = subProvenBy(error);
  return new AuthenticationError(reason, detail, {
    cause: error,
    ...(sub !== undefined ? { provenPrincipal: `person:${sub}` } : {}),
  });
}
