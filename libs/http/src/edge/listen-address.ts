import { isIP } from 'node:net';

export const REMOTE_DEV_WARNING =
  'AUTH_MODE=dev on a non-loopback address: anyone who can reach this port can mint tokens, ' +
  'platform-admin included (POST /api/v1/dev/tokens). Never do this on a shared network.';

export interface ListenAddress {
  host: string;
  /** Said at every start when set. */
  warning?: string;
}

/** Whether a host name or address only ever reaches this machine. */
export function isLoopback(host: string): boolean {
  const value = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (value === 'localhost') return true;
  if (isIP(value) === 4) return value.startsWith('127.');
  return value === '::1' || /^::ffff:127\./.test(value);
}

/**
 * Where the process listens (docs/adr/0020): `HOST` when set, else 0.0.0.0, except that with the
 * development issuer on (`AUTH_MODE=dev`) it is 127.0.0.1 unless `HOST` is set, and a
 * non-loopback `HOST` needs `AUTH_DEV_ALLOW_REMOTE=true` too (and a warning at every start).
 */
export function listenAddress(env: NodeJS.ProcessEnv = process.env): ListenAddress {
  const dev = env.AUTH_MODE?.trim() === 'dev';
  const host = env.HOST?.trim();
  if (!host) return { host: dev ? '127.0.0.1' : '0.0.0.0' };
  if (!dev || isLoopback(host)) return { host };
  if (env.AUTH_DEV_ALLOW_REMOTE?.trim() !== 'true') {
    throw new Error(
      `HOST=${host} with AUTH_MODE=dev would let anyone who reaches the port mint tokens: ` +
        'listen on loopback (unset HOST), or set AUTH_DEV_ALLOW_REMOTE=true if you really mean it.',
    );
  }
  return { host, warning: REMOTE_DEV_WARNING };
}
