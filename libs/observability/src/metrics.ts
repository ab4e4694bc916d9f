import { Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One Prometheus registry per process. In the embedded default all four services share it and
 * their series are told apart by the `service` label.
 */
export const metricsRegistry = new Registry();
let defaultsCollected = false;

export function collectProcessMetrics(): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  collectDefaultMetrics({ register: metricsRegistry });
}
