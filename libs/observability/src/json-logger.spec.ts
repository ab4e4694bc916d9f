import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { context, trace, TraceFlags, INVALID_SPAN_CONTEXT } from '@opentelemetry/api';
import { runWithContext } from './correlation-context';
import { createRootLogger, JsonLogger } from './json-logger';
import { REDACTED } from './log-redaction';

/** A logger whose lines land in `lines`, parsed. */
function capturing(level?: string) {
  const lines: Array<Record<string, unknown>> = [];
  const root = createRootLogger({ write: (line: string) => lines.push(JSON.parse(line)) }, level);
  return { lines, logger: (component = 'test') => new JsonLogger(component, () => root) };
}

describe('JsonLogger (pino)', () => {
  it('writes one line with the fields operators query: ISO time, level word, component, msg and the given fields', () => {
    const { lines, logger } = capturing();
    logger('outbox-relay:agencies').info('relayed', { count: 3 });
    expect(lines).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        level: 'info',
        component: 'outbox-relay:agencies',
        msg: 'relayed',
        count: 3,
      },
    ]);
  });

  it('adds the correlation id and traceparent of the current request or message', () => {
    const { lines, logger } = capturing();
    const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    runWithContext({ correlationId: 'req-42', traceparent }, () => logger().warn('slow'));
    expect(lines[0]).toMatchObject({ level: 'warn', correlationId: 'req-42', traceparent });
  });

  it('writes an error as its name and message only', () => {
    const { lines, logger } = capturing();
    const error = Object.assign(new TypeError('boom'), { config: { url: 'x' } });
    logger().error('failed', { error, attempt: 2 });
    expect(lines[0]).toMatchObject({
      level: 'error',
      error: { name: 'TypeError', message: 'boom' },
      attempt: 2,
    });
    expect(lines[0].error).not.toHaveProperty('stack');
  });

  it.each([
    ['warn', ['warn', 'error']],
    ['debug', ['debug', 'info', 'warn', 'error']],
    [undefined, ['info', 'warn', 'error']],
    ['loud', ['info', 'warn', 'error']],
  ])('LOG_LEVEL=%s writes %j', (level, written) => {
    const { lines, logger } = capturing(level);
    const log = logger();
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    expect(lines.map((l) => l.level)).toEqual(written);
  });

  describe('with an active OpenTelemetry span', () => {
    const manager = new AsyncLocalStorageContextManager();
    beforeAll(() => context.setGlobalContextManager(manager.enable()));
    afterAll(() => context.disable());

    const inSpan = (spanContext: Parameters<typeof trace.wrapSpanContext>[0], work: () => void) =>
      context.with(trace.setSpan(context.active(), trace.wrapSpanContext(spanContext)), work);

    it('adds its trace_id and span_id', () => {
      const { lines, logger } = capturing();
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const spanId = '00f067aa0ba902b7';
      inSpan({ traceId, spanId, traceFlags: TraceFlags.SAMPLED }, () => logger().info('in a span'));
      logger().info('outside');
      expect(lines[0]).toMatchObject({ trace_id: traceId, span_id: spanId });
      expect(lines[1]).not.toHaveProperty('trace_id');
      expect(lines[1]).not.toHaveProperty('span_id');
    });

    it('adds nothing for an invalid span context', () => {
      const { lines, logger } = capturing();
      inSpan(INVALID_SPAN_CONTEXT, () => logger().info('noop span'));
      expect(lines[0]).not.toHaveProperty('trace_id');
    });
  });

  describe('redaction', () => {
    const written = (fields: Record<string, unknown>) => {
      const { lines, logger } = capturing();
      logger().warn('with secrets', fields);
      return lines[0];
    };

    it('replaces credentials in request and response headers, as Node and as callers spell them', () => {
      const line = written({
        req: {
          method: 'GET',
          headers: {
            authorization: 'Bearer eyJ.secret.sig',
            cookie: 'sid=s3cr3t',
            'x-api-key': 'csg_abc',
            'proxy-authorization': 'Basic dXNlcjpwYXNz',
            'user-agent': 'curl/8',
          },
        },
        res: { headers: { 'set-cookie': ['sid=s3cr3t'] } },
        headers: { Authorization: 'Bearer eyJ.other.sig', Cookie: 'a=b', accept: '*/*' },
      });
      expect(line.req).toEqual({
        method: 'GET',
        headers: {
          authorization: REDACTED,
          cookie: REDACTED,
          'x-api-key': REDACTED,
          'proxy-authorization': REDACTED,
          'user-agent': 'curl/8',
        },
      });
      expect(line.res).toEqual({ headers: { 'set-cookie': REDACTED } });
      expect(line.headers).toEqual({ Authorization: REDACTED, Cookie: REDACTED, accept: '*/*' });
    });

    it('replaces tokens, API keys, webhook and client secrets and passwords in the line, client options, bodies and queries', () => {
      const line = written({
        token: 'unsub.mac',
        accessToken: 'eyJ.a.b',
        apiKey: 'csg_key',
        secret: 'whsec_abc',
        previousSecret: 'whsec_old',
        clientSecret: 'cs',
        options: {
          clientId: 'csg-agencies',
          sasl: { mechanism: 'scram-sha-512', username: 'agencies', password: 'pw' },
        },
        req: {
          body: { client_secret: 'cs2', grant_type: 'client_credentials' },
          query: { token: 'unsub.mac2' },
        },
      });
      expect(line).toMatchObject({
        token: REDACTED,
        accessToken: REDACTED,
        apiKey: REDACTED,
        secret: REDACTED,
        previousSecret: REDACTED,
        clientSecret: REDACTED,
        options: {
          clientId: 'csg-agencies',
          sasl: { mechanism: 'scram-sha-512', username: 'agencies', password: REDACTED },
        },
        req: {
          body: { client_secret: REDACTED, grant_type: 'client_credentials' },
          query: { token: REDACTED },
        },
      });
    });

    it('replaces the environment variables that carry secrets in a dump of the environment', () => {
      const line = written({
        env: {
          DATABASE_URL: 'postgres://csg:pw@db/csg',
          SMTP_URL: 'smtp://u:p@mail',
          MAIL_UNSUBSCRIBE_SECRET: 'x'.repeat(32),
          WEBHOOK_SECRET_KEY: 'k',
          KAFKA_SASL_PASSWORD: 'pw',
          LOG_LEVEL: 'info',
        },
      });
      expect(line.env).toEqual({
        DATABASE_URL: REDACTED,
        SMTP_URL: REDACTED,
        MAIL_UNSUBSCRIBE_SECRET: REDACTED,
        WEBHOOK_SECRET_KEY: REDACTED,
        KAFKA_SASL_PASSWORD: REDACTED,
        LOG_LEVEL: 'info',
      });
    });

    it('leaves the caller’s object as it was', () => {
      const fields = { headers: { authorization: 'Bearer x' } };
      written(fields);
      expect(fields.headers.authorization).toBe('Bearer x');
    });
  });

  it('the process logger writes through process.stdout', () => {
    const written: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      new JsonLogger('stdout-check').error('to stdout', { password: 'pw' });
    } finally {
      write.mockRestore();
    }
    const line = JSON.parse(written.at(-1) ?? 'null');
    expect(line).toMatchObject({ component: 'stdout-check', msg: 'to stdout', password: REDACTED });
  });
});
