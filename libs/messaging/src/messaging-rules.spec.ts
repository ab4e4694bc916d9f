import { defineIntegrationEvent, EventRegistry, EventSchemaViolationError } from '@csg/contracts';
import { runWithContext } from '@csg/observability';
import { withoutDeadLetterHeaders, DLQ_HEADER } from './dead-letters/dead-letter.headers';
import { isInfrastructureFailure } from './infrastructure-errors';
import { OutboxWriter } from './outbox/outbox-writer';
import { backoffMs, DEFAULT_RETRY_POLICY } from './retry-policy';
import { partitionFor } from './transport/in-process/pg-log.schema';

const thingMoved = defineIntegrationEvent({
  type: 'csg.test.thing.moved.v1',
  topic: 'csg.test',
  description: 'test',
  partitionKey: 'thingId',
  schema: { type: 'object', properties: { thingId: { type: 'string' } }, required: ['thingId'] },
});

describe('OutboxWriter', () => {
  const writer = new OutboxWriter(new EventRegistry([thingMoved]), '/csg/test');

  it('keys a row by the event partition key and carries CloudEvents headers', () => {
    const row = writer.toRow({ definition: thingMoved, data: { thingId: 't-1' } });
    expect(row).toMatchObject({
      topic: 'csg.test',
      key: 't-1',
      eventType: thingMoved.type,
      value: '{"thingId":"t-1"}',
    });
    expect(row.headers).toMatchObject({
      ce_type: thingMoved.type,
      ce_source: '/csg/test',
      ce_specversion: '1.0',
      ce_subject: 't-1',
    });
  });

  it('carries the correlation id and a child span of the current request', () => {
    const context = {
      correlationId: 'req-42',
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    };
    const row = runWithContext(context, () =>
      writer.toRow({ definition: thingMoved, data: { thingId: 't-1' } }),
    );
    expect(row.headers.ce_correlationid).toBe('req-42');
    expect(row.headers.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(row.headers.traceparent).not.toBe(context.traceparent);
  });

  it('refuses to write an event whose data breaks its schema (the transaction rolls back)', () => {
    expect(() => writer.toRow({ definition: thingMoved, data: { other: 1 } })).toThrow(
      EventSchemaViolationError,
    );
  });
});

describe('partitionFor', () => {
  it('sends one key to one partition, always', () => {
    expect(partitionFor('agency-1', 4)).toBe(partitionFor('agency-1', 4));
  });

  it('spreads keys over every partition', () => {
    const used = new Set(Array.from({ length: 200 }, (_, i) => partitionFor(`key-${i}`, 4)));
    expect([...used].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('retry backoff', () => {
  it('grows with the attempt and never passes the cap', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, initialBackoffMs: 100, maxBackoffMs: 1_000 };
    for (let attempt = 1; attempt <= 12; attempt++) {
      const ms = backoffMs(policy, attempt);
      const ceiling = Math.min(1_000, 100 * 2 ** (attempt - 1));
      expect(ms).toBeGreaterThanOrEqual(ceiling / 2);
      expect(ms).toBeLessThanOrEqual(ceiling);
    }
  });
});

describe('isInfrastructureFailure', () => {
  it.each([
    ['connection refused', Object.assign(new Error('x'), { code: 'ECONNREFUSED' })],
    ['admin shutdown (57P01)', Object.assign(new Error('x'), { code: '57P01' })],
    ['database gone (3D000)', Object.assign(new Error('x'), { code: '3D000' })],
    ['a TypeORM-wrapped connection error', { message: 'query failed', driverError: { code: '08006' } }],
    ['pg pool connect timeout', new Error('timeout exceeded when trying to connect')],
  ])('treats %s as the infrastructure, retried without limit', (_name, error) => {
    expect(isInfrastructureFailure(error)).toBe(true);
  });

  it.each([
    ['a handler bug', new Error('cannot read properties of undefined')],
    ['a unique violation (23505)', Object.assign(new Error('dup'), { code: '23505' })],
  ])('treats %s as the message or handler, retried a bounded number of times', (_name, error) => {
    expect(isInfrastructureFailure(error)).toBe(false);
  });
});

describe('dead-letter headers', () => {
  it('are stripped before a replay, the original CloudEvents headers kept', () => {
    const headers = {
      ce_id: 'e-1',
      ce_type: 't',
      [DLQ_HEADER.reason]: 'boom',
      [DLQ_HEADER.group]: 'g',
      missing: undefined,
    };
    expect(withoutDeadLetterHeaders(headers)).toEqual({ ce_id: 'e-1', ce_type: 't' });
  });
});
