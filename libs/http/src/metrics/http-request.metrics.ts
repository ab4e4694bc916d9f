import { Histogram } from 'prom-client';
import { metricsRegistry } from '@csg/observability';

const httpDuration =
  (metricsRegistry.getSingleMetric('csg_http_request_duration_seconds') as Histogram | undefined) ??
  new Histogram({
    name: 'csg_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [metricsRegistry],
  });

type Series = ReturnType<typeof httpDuration.labels>;
const series = new Map<string, Series>();
const MAX_SERIES = 10_000;

/**
 * Records one request's duration. The labelled series is looked up once per (method, route,
 * status) and kept, instead of prom-client hashing a label object on every request. Routes are
 * the matched route templates (bounded), so the map is too; past MAX_SERIES it stops caching.
 */
export function observeHttpRequest(method: string, route: string, status: number, seconds: number): void {
  const key = `${method} ${status} ${route}`;
  let child = series.get(key);
  if (!child) {
    child = httpDuration.labels(method, route, String(status));
    if (series.size < MAX_SERIES) series.set(key, child);
  }
  child.observe(seconds);
}
