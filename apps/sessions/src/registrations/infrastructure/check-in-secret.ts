/** The injection token of the secret check-in codes are derived with. */
export const CHECK_IN_SECRET = 'csg:sessions:check-in-secret';

const DEVELOPMENT_SECRET = 'csg-development-check-in-secret';

/**
 * `SESSIONS_CHECK_IN_SECRET` (at least 32 characters). Outside production a fixed development
 * secret stands in; a production process refuses to start without one of its own.
 */
export function loadCheckInSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.SESSIONS_CHECK_IN_SECRET;
  if (secret !== undefined && secret !== '') {
    if (secret.length < 32) throw new Error('SESSIONS_CHECK_IN_SECRET must be at least 32 characters');
    return secret;
  }
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'SESSIONS_CHECK_IN_SECRET is required in production (check-in codes are derived from it)',
    );
  }
  return DEVELOPMENT_SECRET;
}
