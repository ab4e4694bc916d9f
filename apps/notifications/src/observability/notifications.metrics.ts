import { Counter } from 'prom-client';
import { metricsRegistry } from '@csg/observability';

function once<T>(name: string, create: () => T): T {
  return (metricsRegistry.getSingleMetric(name) as T | undefined) ?? create();
}

/** Webhook attempts by outcome (SUCCEEDED, RETRY, GAVE_UP, ENDPOINT_GONE), for /metrics. */
export const webhookAttempts = once(
  'csg_webhook_attempts_total',
  () =>
    new Counter({
      name: 'csg_webhook_attempts_total',
      help: 'Webhook delivery attempts by outcome',
      labelNames: ['outcome'],
      registers: [metricsRegistry],
    }),
);

/** E-mails by outcome (SENT, RETRY, FAILED, WITHHELD: nothing left the recipient may read, ADR 0053). */
export const mailAttempts = once(
  'csg_mail_attempts_total',
  () =>
    new Counter({
      name: 'csg_mail_attempts_total',
      help: 'E-mail send attempts by outcome',
      labelNames: ['outcome'],
      registers: [metricsRegistry],
    }),
);
