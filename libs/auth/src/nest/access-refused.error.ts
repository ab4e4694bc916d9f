import { AUTH_ERROR_STATUSES, BEARER_CHALLENGE } from '../authentication.error';

/** Stable codes of a refused request (the caller is known or anonymous, the route says no). */
export const ACCESS_ERROR_CODES = {
  /** No credential on a route that needs one. */
  unauthenticated: 'AUTH.UNAUTHENTICATED',
  /** A known caller whose roles and memberships no policy of the route admits. */
  forbidden: 'AUTH.FORBIDDEN',
} as const;

export type AccessErrorCode = (typeof ACCESS_ERROR_CODES)[keyof typeof ACCESS_ERROR_CODES];

/**
 * Every code the auth library raises and the HTTP status it stands for; the process root
 * contributes it to the problem filter (the library itself knows no HTTP layer).
 */
export const AUTH_LIBRARY_ERROR_STATUSES: Readonly<Record<string, number>> = {
  ...AUTH_ERROR_STATUSES,
  'AUTH.UNAUTHENTICATED': 401,
  'AUTH.FORBIDDEN': 403,
};

/** The guard refused the request: 401 with a bearer challenge when anonymous, 403 otherwise. */
export class AccessRefusedError extends Error {
  override readonly name = 'AccessRefusedError';

  private constructor(
    readonly code: AccessErrorCode,
    message: string,
    readonly responseHeaders?: Record<string, string>,
  ) {
    super(message);
  }

  static unauthenticated(): AccessRefusedError {
    return new AccessRefusedError(ACCESS_ERROR_CODES.unauthenticated, 'This route needs a bearer token.', {
      'www-authenticate': BEARER_CHALLENGE,
    });
  }

  static forbidden(): AccessRefusedError {
    return new AccessRefusedError(ACCESS_ERROR_CODES.forbidden, 'Your roles do not allow this action.');
  }
}
