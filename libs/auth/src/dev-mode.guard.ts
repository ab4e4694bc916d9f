type Env = Record<string, string | undefined>;

/** Starting the development issuer where NODE_ENV=production. */
export class DevModeForbiddenError extends Error {
  readonly code = 'AUTH.DEV_MODE_FORBIDDEN';
}

export function isProduction(env: Env): boolean {
  return env.NODE_ENV?.trim().toLowerCase() === 'production';
}

export function isDevAuthMode(env: Env): boolean {
  return env.AUTH_MODE?.trim().toLowerCase() === 'dev';
}

/** Throws when AUTH_MODE=dev and NODE_ENV=production: the process must refuse to start. */
export function assertDevModeAllowed(env: Env = process.env): void {
  if (isDevAuthMode(env) && isProduction(env)) {
    throw new DevModeForbiddenError(
      'AUTH_MODE=dev is refused with NODE_ENV=production: the development issuer mints tokens for anyone',
    );
  }
}
