import { deliveryRows } from './delivery-rows';
import { dashboard, series, stat } from './grafana';

const RATE = '$__rate_interval';

/** The event pipeline across services: outboxes, consumers, dead letters, deliveries, retention, periodic workers (ADR 3, 69). */
export function eventPipelineDashboard(): Record<string, unknown> {
  return dashboard({
    uid: 'csg-event-pipeline',
    title: 'CSG / event pipeline',
    description:
      'Outboxes, consumers, dead letters, webhooks, e-mail, retention and periodic workers across the services (ADR 3, 69).',
    tags: ['csg', 'csg-pipeline'],
    rows: [
      {
        title: 'Now',
        panels: [
          stat('Largest outbox backlog', 'Unpublished rows of the service with the most.', 'short', [
            { expr: 'max(csg_outbox_backlog)', legend: 'rows' },
          ]),
          stat(
            'Oldest unpublished event',
            'Across every service; alerts above 5 minutes.',
            's',
            [{ expr: 'max(csg_outbox_oldest_unpublished_age_seconds)', legend: 'age' }],
            300,
          ),
          stat(
            'Largest consumer lag',
            'Kafka transport only.',
            'short',
            [{ expr: 'max(csg_consumer_lag)', legend: 'messages' }],
            1000,
          ),
          stat('Events handled/s', 'Every consumer group together.', 'ops', [
            { expr: `sum(rate(csg_event_handler_duration_seconds_count[${RATE}]))`, legend: 'events/s' },
          ]),
          stat(
            'Dead letters (24 h)',
            'Every consumer group together (npm run dlq -- list).',
            'short',
            [{ expr: 'sum(increase(csg_dead_letters_total[24h]))', legend: 'dead letters' }],
            1,
          ),
          stat('Handler failures (1 h)', 'Failed attempts, retried ones included.', 'short', [
            { expr: 'sum(increase(csg_event_handler_failures_total[1h]))', legend: 'failures' },
          ]),
        ],
      },
      {
        title: 'Outboxes',
        panels: [
          series('Outbox backlog by service', 'Unpublished rows per service database.', 'short', [
            { expr: 'max by (service) (csg_outbox_backlog)', legend: '{{service}}' },
          ]),
          series('Oldest unpublished row by service', 'Grows while the broker or a relay is away.', 's', [
            { expr: 'max by (service) (csg_outbox_oldest_unpublished_age_seconds)', legend: '{{service}}' },
          ]),
        ],
      },
      {
        title: 'Consumers',
        panels: [
          series('Events handled by consumer group', 'Per second, inbox write included.', 'ops', [
            {
              expr: `sum by (group) (rate(csg_event_handler_duration_seconds_count[${RATE}]))`,
              legend: '{{group}}',
            },
          ]),
          series('Handler duration p95 by consumer group', 'Time to handle one event.', 's', [
            {
              expr: `histogram_quantile(0.95, sum by (group, le) (rate(csg_event_handler_duration_seconds_bucket[${RATE}])))`,
              legend: '{{group}}',
            },
          ]),
          series('Consumer lag', 'Per group and topic, after each batch (Kafka transport only).', 'short', [
            { expr: 'max by (group, topic) (csg_consumer_lag)', legend: '{{group}} ← {{topic}}' },
          ]),
          series(
            'Handler failures',
            'Per group and kind (handler: retried, then dead-lettered; infrastructure: retried without limit).',
            'ops',
            [
              {
                expr: `sum by (group, kind) (rate(csg_event_handler_failures_total[${RATE}]))`,
                legend: '{{group}} {{kind}}',
              },
            ],
          ),
          series(
            'Dead letters',
            'Per group and reason; list and replay them with npm run dlq.',
            'short',
            [
              {
                expr: `sum by (group, reason) (increase(csg_dead_letters_total[${RATE}]))`,
                legend: '{{group}} {{reason}}',
              },
            ],
            24,
          ),
        ],
      },
      ...deliveryRows(),
      {
        title: 'Retention',
        panels: [
          series(
            'Rows pruned per hour',
            "Per service (bus: the embedded platform's log) and table.",
            'short',
            [
              {
                expr: 'sum by (service, table) (increase(csg_retention_pruned_rows_total[1h]))',
                legend: '{{service}} {{table}}',
              },
            ],
          ),
          series(
            'Retention runs per hour',
            'Per service and outcome: completed, skipped (another replica held the lock), failed.',
            'short',
            [
              {
                expr: 'sum by (service, outcome) (increase(csg_retention_runs_total[1h]))',
                legend: '{{service}} {{outcome}}',
              },
            ],
          ),
        ],
      },
      {
        title: 'Periodic workers',
        panels: [
          series(
            'Since the last successful tick',
            'Per worker (ADR 69): mail, webhooks, due jobs, reminders, retention. Grows while one fails or hangs.',
            's',
            [
              {
                expr: 'time() - max by (worker) (csg_worker_last_success_timestamp_seconds)',
                legend: '{{worker}}',
              },
            ],
          ),
          series('Failed ticks per hour', 'Per worker; each is logged as "tick failed".', 'short', [
            {
              expr: 'sum by (worker) (increase(csg_worker_tick_failures_total[1h]))',
              legend: '{{worker}}',
            },
          ]),
          series('Ticks/s', 'Per worker, failed ones included.', 'ops', [
            { expr: `sum by (worker) (rate(csg_worker_ticks_total[${RATE}]))`, legend: '{{worker}}' },
          ]),
          series('Tick duration p95', 'Per worker.', 's', [
            {
              expr: `histogram_quantile(0.95, sum by (worker, le) (rate(csg_worker_tick_duration_seconds_bucket[${RATE}])))`,
              legend: '{{worker}}',
            },
          ]),
        ],
      },
    ],
  });
}
