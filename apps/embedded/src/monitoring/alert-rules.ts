import { apiRequests } from './selectors';

/**
 * The Prometheus alert rules: the one source of deploy/monitoring/prometheus/alerts.yaml (plain
 * `rule_files`) and deploy/kubernetes/monitoring/prometheus-rule.yaml (the Prometheus Operator's
 * PrometheusRule), both written by `npm run monitoring`. Each alert has its runbook under its own
 * name in docs/operations.md ("Dashboards and alerts").
 */

/** Where docs/operations.md is read; change it to your repository's and run `npm run monitoring`. */
export const RUNBOOK_BASE_URL = 'https://code.example.gov/csg/backend/-/blob/main/docs/operations.md';

export type Severity = 'critical' | 'warning';

export interface AlertRule {
  alert: string;
  expr: string;
  for: string;
  /** critical: someone acts now (data stops flowing, users get errors); warning: within the day. */
  severity: Severity;
  summary: string;
  description: string;
}

export interface AlertGroup {
  name: string;
  rules: AlertRule[];
}

const OUTCOMES_TRIED = 'SUCCEEDED|RETRY|GAVE_UP|ENDPOINT_GONE';

/**
 * Series of `selector` that grew within `window`, summed by `by`. A labelled counter appears
 * only at its first increment, already at 1, which `increase()` cannot see (it needs two
 * samples); the second term catches series that did not exist `window` ago.
 */
function grew(selector: string, window: string, by: string): string {
  return [
    `sum by (${by}) (increase(${selector}[${window}])) > 0`,
    `or sum by (${by}) (${selector} unless (${selector} offset ${window})) > 0`,
  ].join('\n');
}

export function alertGroups(services: readonly string[]): AlertGroup[] {
  const anyService = `service=~"${services.join('|')}"`;
  const api = apiRequests;
  const requests = (...extra: string[]) =>
    `sum by (service) (rate(csg_http_request_duration_seconds_count${api(...extra)}[5m]))`;
  const busy = `${requests()} > 0.1`;
  return [
    {
      name: 'csg.services',
      rules: [
        {
          alert: 'CsgServiceAbsent',
          expr: services.map((s) => `absent(up{service="${s}"})`).join('\nor '),
          for: '10m',
          severity: 'critical',
          summary: 'Prometheus scrapes no process of {{ $labels.service }}',
          description:
            'No target with service="{{ $labels.service }}": the service is not deployed, has no pods, or its scrape (ServiceMonitor) is missing.',
        },
        {
          alert: 'CsgServiceDown',
          expr: `sum by (service) (up{${anyService}}) == 0`,
          for: '5m',
          severity: 'critical',
          summary: 'Every replica of {{ $labels.service }} is down',
          description: 'No replica of {{ $labels.service }} has answered a scrape of /metrics for 5 minutes.',
        },
        {
          alert: 'CsgInstanceDown',
          expr: `up{${anyService}} == 0`,
          for: '15m',
          severity: 'warning',
          summary: 'A replica of {{ $labels.service }} is down',
          description: '{{ $labels.instance }} has not answered a scrape of /metrics for 15 minutes.',
        },
        {
          alert: 'CsgHttpServerErrors',
          expr: `${requests('status=~"5.."')}\n/ ${requests()} > 0.05\nand ${busy}`,
          for: '10m',
          severity: 'critical',
          summary: '{{ $labels.service }} answers {{ $value | humanizePercentage }} of API requests with 5xx',
          description:
            'More than 5 % of the API requests of {{ $labels.service }} failed with a server error for 10 minutes.',
        },
        {
          alert: 'CsgHttpLatencyHigh',
          expr: `histogram_quantile(0.99, sum by (service, le) (rate(csg_http_request_duration_seconds_bucket${api()}[5m]))) > 1\nand ${busy}`,
          for: '15m',
          severity: 'warning',
          summary:
            '{{ $labels.service }} answers 1 % of API requests slower than {{ $value | humanizeDuration }}',
          description:
            'The 99th percentile of API latency of {{ $labels.service }} has been above 1 s for 15 minutes.',
        },
        {
          alert: 'CsgEventLoopBlocked',
          expr: `max by (service, instance) (nodejs_eventloop_lag_p99_seconds{${anyService}}) > 0.5`,
          for: '10m',
          severity: 'warning',
          summary:
            'The event loop of {{ $labels.instance }} ({{ $labels.service }}) lags {{ $value | humanizeDuration }}',
          description:
            'Timers of {{ $labels.instance }} run more than 0.5 s late (p99) for 10 minutes: the process is CPU-bound or blocked.',
        },
      ],
    },
    {
      name: 'csg.event-pipeline',
      rules: [
        {
          alert: 'CsgOutboxNotDraining',
          expr: 'max by (service) (csg_outbox_oldest_unpublished_age_seconds) > 300',
          for: '5m',
          severity: 'critical',
          summary: 'Events of {{ $labels.service }} wait {{ $value | humanizeDuration }} in its outbox',
          description:
            'The oldest unpublished outbox row of {{ $labels.service }} is older than 5 minutes: its events reach no other service.',
        },
        {
          alert: 'CsgOutboxBacklogHigh',
          expr: 'max by (service) (csg_outbox_backlog) > 10000',
          for: '15m',
          severity: 'warning',
          summary: '{{ $value }} events of {{ $labels.service }} wait in its outbox',
          description: 'More than 10,000 unpublished outbox rows in {{ $labels.service }} for 15 minutes.',
        },
        {
          alert: 'CsgConsumerLagHigh',
          expr: 'max by (group, topic) (csg_consumer_lag) > 1000',
          for: '15m',
          severity: 'warning',
          summary: '{{ $labels.group }} is {{ $value }} messages behind on {{ $labels.topic }}',
          description:
            'Consumer group {{ $labels.group }} has been more than 1,000 messages behind on {{ $labels.topic }} for 15 minutes.',
        },
        {
          alert: 'CsgConsumerStuck',
          expr: 'sum by (group) (rate(csg_event_handler_failures_total{kind="infrastructure"}[5m])) > 0',
          for: '10m',
          severity: 'critical',
          summary: '{{ $labels.group }} cannot handle events: database or broker failing',
          description:
            'Consumer group {{ $labels.group }} has retried on infrastructure failures for 10 minutes; it handles nothing until they stop.',
        },
        {
          alert: 'CsgEventHandlerFailing',
          expr: 'sum by (group, type) (increase(csg_event_handler_failures_total{kind="handler"}[10m])) > 10',
          for: '10m',
          severity: 'warning',
          summary: 'Handlers of {{ $labels.type }} in {{ $labels.group }} keep failing',
          description:
            'More than 10 failed attempts to handle {{ $labels.type }} in {{ $labels.group }} per 10 minutes, for 10 minutes.',
        },
        {
          alert: 'CsgDeadLetters',
          expr: grew('csg_dead_letters_total', '15m', 'group, reason'),
          for: '0m',
          severity: 'warning',
          summary: '{{ $labels.group }} dead-lettered messages ({{ $labels.reason }})',
          description:
            'Consumer group {{ $labels.group }} gave up on messages in the last 15 minutes (reason {{ $labels.reason }}); they wait in csg.dlq.{{ $labels.group }}.',
        },
      ],
    },
    {
      name: 'csg.notifications',
      rules: [
        {
          alert: 'CsgWebhookDeliveriesFailing',
          expr: `sum(rate(csg_webhook_attempts_total{outcome=~"RETRY|GAVE_UP"}[15m]))\n/ sum(rate(csg_webhook_attempts_total{outcome=~"${OUTCOMES_TRIED}"}[15m])) > 0.5`,
          for: '30m',
          severity: 'warning',
          summary: '{{ $value | humanizePercentage }} of webhook attempts fail',
          description: 'More than half of the webhook delivery attempts have failed for 30 minutes.',
        },
        {
          alert: 'CsgWebhookDeliveriesAbandoned',
          expr: grew('csg_webhook_attempts_total{outcome="GAVE_UP"}', '1h', 'outcome'),
          for: '0m',
          severity: 'warning',
          summary: 'Webhook deliveries were abandoned',
          description:
            'At least one webhook delivery used up its retry schedule (about a day) in the last hour; the integrator did not receive it.',
        },
        {
          alert: 'CsgMailRelayFailing',
          expr: 'sum(rate(csg_mail_attempts_total{outcome="RETRY"}[15m]))\n/ sum(rate(csg_mail_attempts_total{outcome=~"SENT|RETRY|FAILED"}[15m])) > 0.5',
          for: '15m',
          severity: 'warning',
          summary: '{{ $value | humanizePercentage }} of e-mail attempts are refused',
          description:
            'More than half of the e-mail attempts have been refused or could not reach the SMTP server for 15 minutes.',
        },
        {
          alert: 'CsgMailFailed',
          expr: grew('csg_mail_attempts_total{outcome="FAILED"}', '30m', 'outcome'),
          for: '0m',
          severity: 'warning',
          summary: 'E-mails failed for good',
          description:
            'At least one e-mail was refused through every retry in the last 30 minutes; it was not sent.',
        },
      ],
    },
    {
      name: 'csg.retention',
      rules: [
        {
          alert: 'CsgRetentionFailing',
          expr: [
            'sum by (service) (increase(csg_retention_runs_total{outcome="failed"}[3h])) > 0',
            'unless on (service) sum by (service) (increase(csg_retention_runs_total{outcome="completed"}[3h])) > 0',
          ].join('\n'),
          for: '1h',
          severity: 'warning',
          summary: 'Retention of {{ $labels.service }} keeps failing',
          description:
            'Pruning {{ $labels.service }} failed and has not completed once in 3 hours: its inbox, outbox and idempotency tables grow.',
        },
      ],
    },
  ];
}

/** The anchor of an alert's runbook entry in docs/operations.md (a heading named after it). */
export function runbookUrl(alert: string): string {
  return `${RUNBOOK_BASE_URL}#${alert.toLowerCase()}`;
}

/** The groups as Prometheus reads them (`groups:` of a rules file, `spec.groups` of a PrometheusRule). */
export function prometheusRuleGroups(services: readonly string[]): unknown[] {
  return alertGroups(services).map((group) => ({
    name: group.name,
    rules: group.rules.map((rule) => ({
      alert: rule.alert,
      expr: rule.expr,
      for: rule.for,
      labels: { severity: rule.severity },
      annotations: {
        summary: rule.summary,
        description: rule.description,
        runbook_url: runbookUrl(rule.alert),
      },
    })),
  }));
}
