import type { JsonLogger } from '@csg/observability';

/** Probes and scrapes come every few seconds all day: their lines are `debug`. */
const ROUTINE = /^\/(health|metrics)(\/|$)/;

/**
 * One line per answered request (ADR 0072): method, route template, path without its query
 * string (an unsubscribe link's token travels there), status and duration in milliseconds.
 * Headers and bodies are not logged.
 */
export function logRequest(
  log: JsonLogger,
  request: { method: string; route: string; url: string },
  status: number,
  seconds: number,
): void {
  const path = request.url.split('?')[0];
  const fields = {
    method: request.method,
    route: request.route,
    path,
    status,
    ms: Math.round(seconds * 10_000) / 10,
  };
  if (ROUTINE.test(path)) log.debug('request completed', fields);
  else log.info('request completed', fields);
}
