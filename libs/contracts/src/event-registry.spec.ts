import {
  CE_HEADER,
  fromBinaryMessage,
  MalformedEventError,
  toBinaryHeaders,
  type CloudEvent,
} from './cloud-event';
import { EventRegistry, EventSchemaViolationError, UnknownEventTypeError } from './event-registry';
import { defineIntegrationEvent, InvalidEventDefinitionError } from './integration-event.definition';
import { createPlatformEventRegistry, MemberAdded } from './catalogue';

const memberAdded = {
  memberId: '0b7c1a52-1f0e-4f0e-9b7e-2a1d3c4b5a69',
  agencyId: '4f5e6d7c-8b9a-4a1b-8c2d-3e4f5a6b7c8d',
  sub: 'user-1',
  email: 'a@example.gov',
  displayName: 'A',
  title: null,
  role: 'member',
  version: 1,
  occurredAt: '2026-11-28T05:00:00.000Z',
};

describe('EventRegistry', () => {
  const registry = createPlatformEventRegistry();

  it('accepts data that matches the schema of its type', () => {
    expect(() => registry.validate({ type: MemberAdded.type, data: memberAdded })).not.toThrow();
  });

  it('rejects data that violates the schema, naming each problem', () => {
    const bad = { ...memberAdded, role: 'owner', version: 0 };
    expect(() => registry.validate({ type: MemberAdded.type, data: bad })).toThrow(EventSchemaViolationError);
    try {
      registry.validate({ type: MemberAdded.type, data: bad });
    } catch (error) {
      expect((error as EventSchemaViolationError).problems.length).toBe(2);
    }
  });

  it('rejects an unknown type as a poison message, not a crash', () => {
    expect(() => registry.validate({ type: 'csg.agencies.agency.exploded.v1', data: {} })).toThrow(
      UnknownEventTypeError,
    );
  });

  it('keeps accepting unknown extra fields within a version (additive change is not breaking)', () => {
    expect(() =>
      registry.validate({ type: MemberAdded.type, data: { ...memberAdded, nickname: 'x' } }),
    ).not.toThrow();
  });

  it('derives the partition key from the declared field', () => {
    expect(registry.partitionKeyOf(MemberAdded.type, memberAdded)).toBe(memberAdded.agencyId);
  });

  it('refuses a definition whose type does not follow the naming rule or whose key is optional', () => {
    const schema = {
      type: 'object' as const,
      properties: { id: { type: 'string' as const } },
      required: ['id'],
    };
    expect(() =>
      defineIntegrationEvent({
        type: 'AgencyRegistered',
        topic: 't',
        description: '',
        partitionKey: 'id',
        schema,
      }),
    ).toThrow(InvalidEventDefinitionError);
    expect(() =>
      defineIntegrationEvent({
        type: 'csg.x.y.z.v1',
        topic: 't',
        description: '',
        partitionKey: 'other',
        schema,
      }),
    ).toThrow(InvalidEventDefinitionError);
  });

  it('keeps two versions of one fact side by side', () => {
    const schema = {
      type: 'object' as const,
      properties: { id: { type: 'string' as const } },
      required: ['id'],
    };
    const v1 = defineIntegrationEvent({
      type: 'csg.t.thing.moved.v1',
      topic: 't',
      description: '',
      partitionKey: 'id',
      schema,
    });
    const v2 = defineIntegrationEvent({
      type: 'csg.t.thing.moved.v2',
      topic: 't',
      description: '',
      partitionKey: 'id',
      schema,
    });
    const both = new EventRegistry([v1, v2]);
    expect(both.has(v1.type) && both.has(v2.type)).toBe(true);
  });
});

describe('CloudEvents binary mode', () => {
  const event: CloudEvent = {
    specversion: '1.0',
    id: 'b9a3f0a2-5a55-4c55-9a2a-0c2f5d1e1a11',
    source: '/csg/agencies',
    type: MemberAdded.type,
    subject: memberAdded.agencyId,
    time: '2026-11-28T05:00:00.000Z',
    datacontenttype: 'application/json',
    correlationid: 'corr-1',
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    data: memberAdded,
  };

  it('round-trips an event through ce_* headers and a JSON value', () => {
    const headers = toBinaryHeaders(event);
    expect(headers[CE_HEADER.type]).toBe(MemberAdded.type);
    expect(fromBinaryMessage(headers, JSON.stringify(event.data))).toEqual(event);
  });

  it('reports a value that is not JSON as a malformed event', () => {
    expect(() => fromBinaryMessage(toBinaryHeaders(event), '{not json')).toThrow(MalformedEventError);
  });

  it('reports missing attributes as a malformed event', () => {
    expect(() => fromBinaryMessage({}, '{}')).toThrow(/ce_id|id/);
  });
});
