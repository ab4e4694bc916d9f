import { series, stat, type RowSpec } from './grafana';

const RATE = '$__rate_interval';
const last24h = (metric: string, outcome: string) => `sum(increase(${metric}{outcome="${outcome}"}[24h]))`;

/**
 * Webhook and e-mail outcomes (the notifications service's), on its dashboard and the event
 * pipeline's. The counters have no service label of their own: only notifications sends.
 */
export function deliveryRows(): RowSpec[] {
  return [
    {
      title: 'Webhooks',
      panels: [
        series(
          'Webhook attempts by outcome',
          'SUCCEEDED; RETRY (scheduled again, about a day in all); GAVE_UP (schedule used up); ' +
            'ENDPOINT_GONE (410, the endpoint is disabled); WITHHELD (the reader may no longer see the event, ADR 51).',
          'ops',
          [{ expr: `sum by (outcome) (rate(csg_webhook_attempts_total[${RATE}]))`, legend: '{{outcome}}' }],
          16,
        ),
        stat(
          'Deliveries abandoned (24 h)',
          'Deliveries whose retry schedule ran out.',
          'short',
          [{ expr: last24h('csg_webhook_attempts_total', 'GAVE_UP'), legend: 'GAVE_UP' }],
          1,
        ),
        stat('Endpoints gone (24 h)', 'Answers 410 Gone: the endpoint was disabled.', 'short', [
          { expr: last24h('csg_webhook_attempts_total', 'ENDPOINT_GONE'), legend: 'ENDPOINT_GONE' },
        ]),
      ],
    },
    {
      title: 'E-mail',
      panels: [
        series(
          'E-mail attempts by outcome',
          'SENT; RETRY (the SMTP server refused or was away, tried again); FAILED (every retry refused); ' +
            'WITHHELD (nothing left the recipient may read, ADR 53). Pending mails are no metric: ' +
            'count the mail_queue rows with status PENDING (docs/operations.md).',
          'ops',
          [{ expr: `sum by (outcome) (rate(csg_mail_attempts_total[${RATE}]))`, legend: '{{outcome}}' }],
        ),
        stat('Sent (24 h)', 'E-mails the SMTP server accepted.', 'short', [
          { expr: last24h('csg_mail_attempts_total', 'SENT'), legend: 'SENT' },
        ]),
        stat(
          'Failed (24 h)',
          'E-mails refused through every retry (mail_queue.last_error).',
          'short',
          [{ expr: last24h('csg_mail_attempts_total', 'FAILED'), legend: 'FAILED' }],
          1,
        ),
        stat('Withheld (24 h)', 'E-mails not sent: nothing was left the recipient may read.', 'short', [
          { expr: last24h('csg_mail_attempts_total', 'WITHHELD'), legend: 'WITHHELD' },
        ]),
      ],
    },
  ];
}
