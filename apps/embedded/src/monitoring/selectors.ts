/**
 * Label matchers the dashboards and the alert rules share. A service's HTTP and process series
 * are told apart by the scrape's `service` label; its outbox and retention series carry their
 * own `service` label, its consumer's series the consumer group `csg.<service>`.
 */

/** Routes that are not the API: Prometheus scrapes and Kubernetes probes would drown it. */
export const OPERATIONS_ROUTES = '/metrics|/health/.+';

/**
 * API requests with `extra` matchers: `{route!~"…", status=~"5.."}`. The `csg_http_*` series are
 * this platform's own, so alerts need no list of services.
 */
export function apiRequests(...extra: string[]): string {
  return `{${[`route!~"${OPERATIONS_ROUTES}"`, ...extra].join(', ')}}`;
}

/** The API requests of one service: `{service="agencies", route!~"…", …}`. */
export function serviceApiRequests(service: string, ...extra: string[]): string {
  return apiRequests(`service="${service}"`, ...extra);
}

/** The consumer group of a service (ServiceMessaging's default). */
export function consumerGroup(service: string): string {
  return `csg.${service}`;
}
