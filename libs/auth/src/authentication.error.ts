/** Public, stable codes: what a client may learn about a rejected credential. */
export const AUTH_ERROR_CODES = {
  /** Missing, malformed, forged or otherwise unacceptable credential. */
  invalidCredentials: 'AUTH.INVALID_CREDENTIALS',
  /** A well-signed token past its `exp`: the client should get a new one. */
  tokenExpired: 'AUTH.TOKEN_EXPIRED',
  /** The issuer's keys cannot be obtained (cold cache, endpoint down): fail closed. */
  keysUnavailable: 'AUTH.KEYS_UNAVAILABLE',
} as const;

export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[keyof typeof AUTH_ERROR_CODES];

/** Why a credential was rejected: for logs and tests, never for the client. */
export type AuthFailureReason =
  | 'malformed'
  | 'algorithm-not-allowed'
  | 'bad-signature'
  | 'unknown-key'
  | 'ambiguous-key'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'missing-claim'
  | 'invalid-claim'
  | 'expired'
  | 'not-yet-valid'
  | 'keys-unavailable'
  | 'unknown-api-key'
  | 'revoked-api-key';

/** HTTP statuses for the codes (part of AUTH_LIBRARY_ERROR_STATUSES, which the process root gives the problem filter). */
export const AUTH_ERROR_STATUSES: Record<AuthErrorCode, number> = {
  'AUTH.INVALID_CREDENTIALS': 401,
  'AUTH.TOKEN_EXPIRED': 401,
  'AUTH.KEYS_UNAVAILABLE': 503,
};

const PUBLIC_MESSAGE: Record<AuthErrorCode, string> = {
  'AUTH.INVALID_CREDENTIALS': 'The request could not be authenticated.',
  'AUTH.TOKEN_EXPIRED': 'The access token has expired.',
  'AUTH.KEYS_UNAVAILABLE': 'Authentication is temporarily unavailable; try again shortly.',
};

/** The realm named in `WWW-Authenticate` challenges (RFC 6750 section 3). */
export const BEARER_REALM = 'csg-api';

/** The challenge of a 401 for a request that carried no credential at all: no error code. */
export const BEARER_CHALLENGE = `Bearer realm="${BEARER_REALM}"`;

/**
 * A rejected credential. `message` is generic and safe to return; `reason` and `detail` say what
 * went wrong and belong in logs only.
 *
 * `provenPrincipal` (`person:<sub>`, `client:<id>`) is set only when the credential proved who it
 * names before it was refused: a token this API's issuer signed for this API that has expired or
 * whose claims break the rules, or an API key whose secret matched a client that is no longer
 * accepted. A guess (bad signature, unknown key, wrong key secret, another audience, garbage)
 * proves nobody and has none (docs/adr/0057: only a proven refusal may count against a credential).
 */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
  readonly code: AuthErrorCode;
  readonly provenPrincipal?: string;

  constructor(
    readonly reason: AuthFailureReason,
    readonly detail?: string,
    options?: { cause?: unknown; provenPrincipal?: string },
  ) {
    const code = codeFor(reason);
    super(PUBLIC_MESSAGE[code], options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options?.provenPrincipal) this.provenPrincipal = options.provenPrincipal;
  }

  /** The same refusal, for a credential that proved `principal` (see `provenPrincipal`). */
  provenFor(principal: string): AuthenticationError {
    return new AuthenticationError(this.reason, this.detail, {
      cause: this.cause,
      provenPrincipal: principal,
    });
  }

  /** RFC 6750 section 3.1: a rejected token is `invalid_token`; headers the problem filter sends. */
  get responseHeaders(): Record<string, string> | undefined {
    if (AUTH_ERROR_STATUSES[this.code] !== 401) return undefined;
    return {
      'www-authenticate': `${BEARER_CHALLENGE}, error="invalid_token", error_description="${this.message}"`,
    };
  }

  /** What to log: the reason and its detail (never the credential itself). */
  toLog(): { code: AuthErrorCode; reason: AuthFailureReason; detail?: string } {
    return { code: this.code, reason: this.reason, ...(this.detail ? { detail: this.detail } : {}) };
  }
}

function codeFor(reason: AuthFailureReason): AuthErrorCode {
  if (reason === 'expired') return AUTH_ERROR_CODES.tokenExpired;
  if (reason === 'keys-unavailable') return AUTH_ERROR_CODES.keysUnavailable;
  return AUTH_ERROR_CODES.invalidCredentials;
}
