/**
 * Tells a failure of our own infrastructure (database unreachable, connection reset) from a
 * failure of the message or its handler. The first is retried without limit and makes the
 * consumer not ready; only the second can make a message poison.
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
// SQLSTATE classes 08 (connection exception), 53 (insufficient resources), 57P (operator
// intervention), 3D000 (the database itself is gone).
const RETRIABLE_SQLSTATE = /^(08|53|57P0[1-3]|3D000)/;

export function isInfrastructureFailure(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; retriable?: unknown };
  if (e.retriable === true) return true;
  if (typeof e.code === 'string' && (CONNECTION_CODES.has(e.code) || RETRIABLE_SQLSTATE.test(e.code)))
    return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if (
    /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)/i.test(
      message,
    )
  ) {
    return true;
  }
  return e.driverError ? isInfrastructureFailure(e.driverError) : false;
}
