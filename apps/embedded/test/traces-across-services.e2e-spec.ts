import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateWebhookSecret } from '../../notifications/src/webhooks/domain/webhook-signature';
import { SecretBox } from '../../notifications/src/webhooks/infrastructure/secret-box';
import { findFreePort } from '@csg/testing/kafka/ports';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { waitFor } from '@csg/testing/wait-for';
import { Client } from 'pg';

const REPO_ROOT = resolve(__dirname, '../../..');
const AGENCY = '00000000-0000-4000-8000-0000000000f1';
const PUBLISHED = 'csg.exchange.practice.published.v1';
const PRACTICE = {
  agencyId: AGENCY,
  title: 'Phishing-resistant MFA for all staff',
  summary: 'How we rolled out FIDO2 security keys in six weeks',
  body: '# Steps\n\n1. Pilot with the SOC\n2. Roll out by department',
  tags: ['mfa'],
  sectors: ['HEALTH'],
  frameworkRefs: ['PR.AA'],
  tlp: 'TLP:GREEN',
};
const SPAN_KIND = { SERVER: 2, CLIENT: 3, PRODUCER: 4, CONSUMER: 5 } as const;

/** A span as the receiver kept it: OTLP/HTTP JSON, with its process's service.name. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean | undefined>;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpExport {
  resourceSpans?: Array<{
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: Array<{
      spans?: Array<{
        traceId: string;
        spanId: string;
        parentSpanId?: string;
        name: string;
        kind: number;
        attributes?: OtlpAttribute[];
      }>;
    }>;
  }>;
}

function attributesOf(list: OtlpAttribute[] = []): ReceivedSpan['attributes'] {
  return Object.fromEntries(
    list.map(({ key, value }) => [
      key,
      value.stringValue ?? (value.intValue !== undefined ? Number(value.intValue) : value.boolValue),
    ]),
  );
}

/** An OTLP/HTTP JSON receiver (`OTEL_EXPORTER_OTLP_PROTOCOL=http/json`): keeps every span posted to /v1/traces. */
async function startOtlpReceiver(): Promise<{ server: Server; endpoint: string; spans: ReceivedSpan[] }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (req.url !== '/v1/traces') return res.writeHead(404).end();
      const exported = JSON.parse(body) as OtlpExport;
      for (const resourceSpans of exported.resourceSpans ?? []) {
        const service = String(attributesOf(resourceSpans.resource?.attributes)['service.name']);
        for (const scope of resourceSpans.scopeSpans ?? [])
          for (const span of scope.spans ?? [])
            spans.push({
              service,
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId ?? '',
              name: span.name,
              kind: span.kind,
              attributes: attributesOf(span.attributes),
            });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans };
}

/** A webhook endpoint that accepts every delivery. */
async function startWebhookReceiver(): Promise<{ server: Server; url: string; received: number }> {
  const state = { received: 0 };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      state.received += 1;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return Object.assign(state, {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
  });
}

interface ServiceProcess {
  baseUrl: string;
  db: TestDatabase;
  child: ChildProcess;
  output: string[];
}

/** The service's own main.ts in a process of its own, as `npm run start:<service>` runs it, tracing on. */
async function startServiceProcess(service: string, env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
  const db = await createTestDatabase(`traces_${service}`);
  const port = await findFreePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', `apps/${service}/src/main.ts`], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`${service} exited: ${output.slice(-5).join(' | ')}`);
      return (await fetch(`${baseUrl}/health/ready`)).status === 200;
    },
    { what: `${service} ready`, timeoutMs: 60_000, intervalMs: 250 },
  );
  return { baseUrl, db, child, output };
}

async function stopServiceProcess(service: ServiceProcess | undefined): Promise<void> {
  if (!service) return;
  const { child } = service;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  }
  await service.db.drop();
}

async function queryDatabase(url: string, sql: string, params: unknown[] = []): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** A bearer token from the exchange's development issuer. */
async function bearer(
  baseUrl: string,
  claims: { sub: string; roles?: string[] },
): Promise<Record<string, string>> {
  const minted = await postJson(`${baseUrl}/api/v1/dev/tokens`, claims);
  if (minted.status !== 201) throw new Error(`no dev token: ${minted.status}`);
  return { authorization: `Bearer ${String(minted.body.accessToken)}` };
}

/** The ancestors of `span` among the received spans, nearest first. */
function ancestorsOf(span: ReceivedSpan, byId: Map<string, ReceivedSpan>): ReceivedSpan[] {
  const chain: ReceivedSpan[] = [];
  for (let parent = byId.get(span.parentSpanId); parent; parent = byId.get(parent.parentSpanId))
    chain.push(parent);
  return chain;
}

/** The trace under `root` as indented `service: name` lines (for failure messages and the ADR). */
function treeOf(root: ReceivedSpan, spans: ReceivedSpan[], depth = 0): string[] {
  const children = spans.filter((s) => s.parentSpanId === root.spanId);
  return [
    `${'  '.repeat(depth)}${root.service}: ${root.name}`,
    ...children.flatMap((child) => treeOf(child, spans, depth + 1)),
  ];
}

/**
 * One trace follows `POST /practices/{id}/approve` in the exchange through its outbox, the relay
 * and Kafka to the notifications service, and on to the webhook delivery and the e-mail the event
 * causes (ADR 74). Both services run their own main.ts in processes of their own, exporting
 * OTLP/HTTP JSON to a receiver in this test.
 */
describe('one trace across the services, over Kafka (tracing on)', () => {
  let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let exchange: ServiceProcess | undefined;
  let notifications: ServiceProcess | undefined;
  const scratch = mkdtempSync(join(tmpdir(), 'csg-traces-'));

  beforeAll(async () => {
    otlp = await startOtlpReceiver();
    hook = await startWebhookReceiver();
    const env: NodeJS.ProcessEnv = {
      AUTH_MODE: 'dev',
      AUTH_DEV_DATA_DIR: join(scratch, 'issuer'),
      LOG_LEVEL: 'warn',
      OTEL_EXPORTER_OTLP_ENDPOINT: otlp.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '200',
      WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
      MAIL_DIR: join(scratch, 'mail'),
      NOTIFICATIONS_WEBHOOK_INTERVAL_MS: '200',
      NOTIFICATIONS_MAIL_INTERVAL_MS: '200',
    };
    [exchange, notifications] = await Promise.all([
      startServiceProcess('exchange', env),
      startServiceProcess('notifications', env),
    ]);
    // What the agencies events would have projected (the agencies service is not part of this test).
    await queryDatabase(
      exchange.db.url,
      `INSERT INTO projected_agencies (agency_id, name, acronym, status, version, updated_at)
       VALUES ($1, 'Trace agency', 'TRACE', 'ACTIVE', 1, now())`,
      [AGENCY],
    );
    await queryDatabase(
      exchange.db.url,
      `INSERT INTO projected_memberships (agency_id, sub, member_id, role, version, updated_at)
       VALUES ($1, 'trace-author', gen_random_uuid(), 'member', 1, now())`,
      [AGENCY],
    );
    const seed = (sql: string, params: unknown[] = []) => queryDatabase(notifications!.db.url, sql, params);
    await seed(
      `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at)
       VALUES ($1, 'Trace agency', 'TRACE', 'FEDERAL', 'HEALTH', 'ACTIVE', 1, now())`,
      [AGENCY],
    );
    await seed(
      `INSERT INTO member_directory (agency_id, sub, member_id, email, display_name, role, version, occurred_at)
       VALUES ($1, 'trace-reader', gen_random_uuid(), 'trace-reader@example.gov.pk', 'Reader', 'member', 1, now())`,
      [AGENCY],
    );
    await seed(
      `INSERT INTO notification_preferences (sub, category, channels, delivery, updated_at)
       VALUES ('trace-reader', 'EXCHANGE', '{IN_APP,EMAIL}', 'IMMEDIATE', now())`,
    );
    await seed(
      `INSERT INTO webhooks (id, url, event_types, owner_agency_id, tlp_clearance, secret_ciphertext, status, created_by, created_at, version)
       VALUES (gen_random_uuid(), $1, $2, NULL, 'TLP:GREEN', $3, 'ACTIVE', 'trace-organiser', now(), 1)`,
      [hook.url, [PUBLISHED], new SecretBox().seal(generateWebhookSecret())],
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all([stopServiceProcess(exchange), stopServiceProcess(notifications)]);
    otlp?.server.close();
    hook?.server.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('the approval, its relay, the consumer, the webhook delivery and the e-mail are one trace', async () => {
    const base = exchange!.baseUrl;
    const author = await bearer(base, { sub: 'trace-author' });
    const organiser = await bearer(base, { sub: 'trace-organiser', roles: ['organiser'] });
    const created = await postJson(`${base}/api/v1/practices`, PRACTICE, author);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect((await postJson(`${base}/api/v1/practices/${id}/submit`, {}, author)).status).toBe(200);
    expect((await postJson(`${base}/api/v1/practices/${id}/approve`, {}, organiser)).status).toBe(200);

    const approve = await waitFor(
      () =>
        otlp.spans.find(
          (s) =>
            s.service === 'exchange' &&
            s.kind === SPAN_KIND.SERVER &&
            String(s.attributes['http.route']).endsWith('/practices/:id/approve'),
        ),
      { what: 'the HTTP server span of the approval', timeoutMs: 30_000 },
    );
    const inTrace = () => otlp.spans.filter((s) => s.traceId === approve.traceId);
    const published = (s: ReceivedSpan) => s.attributes['cloudevents.event_type'] === PUBLISHED;
    const wanted = {
      relay: (s: ReceivedSpan) => s.service === 'exchange' && s.kind === SPAN_KIND.PRODUCER && published(s),
      consume: (s: ReceivedSpan) =>
        s.service === 'notifications' && s.kind === SPAN_KIND.CONSUMER && published(s),
      webhook: (s: ReceivedSpan) => s.service === 'notifications' && s.name === 'webhook delivery',
      mail: (s: ReceivedSpan) => s.service === 'notifications' && s.name === 'mail send',
    };
    const found = await waitFor(
      () => {
        const spans = inTrace();
        const each = Object.fromEntries(
          Object.entries(wanted).map(([key, matches]) => [key, spans.find(matches)]),
        ) as Record<keyof typeof wanted, ReceivedSpan | undefined>;
        return Object.values(each).every(Boolean)
          ? (each as Record<keyof typeof wanted, ReceivedSpan>)
          : null;
      },
      {
        what: `the relay, consumer, webhook and e-mail spans in the approval's trace; so far:\n${treeOf(approve, inTrace()).join('\n')}`,
        timeoutMs: 60_000,
        intervalMs: 200,
      },
    );

    const byId = new Map(otlp.spans.map((s) => [s.spanId, s]));
    for (const span of Object.values(found))
      expect(ancestorsOf(span, byId).map((a) => a.spanId)).toContain(approve.spanId);
    // Each hop continues the one before it: the consumer the relay's message, the deliveries the consumer.
    expect(ancestorsOf(found.consume, byId)).toContain(found.relay);
    expect(ancestorsOf(found.webhook, byId)).toContain(found.consume);
    expect(ancestorsOf(found.mail, byId)).toContain(found.consume);
    expect(found.relay.name).toBe('send csg.exchange');
    expect(found.consume.name).toBe('process csg.exchange');
    expect(found.webhook.attributes['http.response.status_code']).toBe(204);
    // The pg instrumentation saw the module load (tracing was the entry point's first import).
    expect(
      inTrace().some((s) => s.service === 'exchange' && s.attributes['db.system.name'] === 'postgresql'),
    ).toBe(true);
    expect(hook.received).toBeGreaterThanOrEqual(1);
  }, 90_000);
});
