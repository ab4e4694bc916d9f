import { toBinaryHeaders } from '../cloud-event';
import type { EgressMarking } from '../egress';
import { exampleDataOf } from '../example-data';
import type { IntegrationEventDefinition } from '../integration-event.definition';
import type { JsonSchema } from '../json-schema';
import { INTEGRATION_TOPICS } from '../topics';
import {
  CURATED_TOPIC_READER,
  curatedMarkingsOf,
  curatedPayloadSchema,
  type CuratedReach,
  type CuratedTopicExample,
} from './curated-topics';

export const CE_HEADERS_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['ce_id', 'ce_source', 'ce_type', 'ce_specversion', 'ce_time'],
  properties: {
    ce_id: { type: 'string', format: 'uuid', description: 'CloudEvents id; consumers deduplicate on it' },
    ce_source: { type: 'string', description: 'producing service, e.g. /csg/agencies' },
    ce_type: { type: 'string', description: 'the versioned event type' },
    ce_specversion: { type: 'string', enum: ['1.0'] },
    ce_time: { type: 'string', format: 'date-time' },
    ce_subject: { type: 'string', description: 'the aggregate id' },
    ce_correlationid: { type: 'string', description: 'follows a request through every consumer' },
    traceparent: { type: 'string', description: 'W3C trace context' },
    'content-type': { type: 'string', enum: ['application/json'] },
  },
};

/** Every message's headers: the CloudEvents attributes in binary mode (components.schemas). */
export const CE_HEADERS_REF = '#/components/schemas/CloudEventHeaders';

/** `csg.exchange.practice.published.v1` → `exchange.practice.published.v1`. */
export function messageId(type: string): string {
  return type.replace(/^csg\./, '');
}

/** The message of a type on a curated topic: `clear.exchange.practice.published.v1`. */
export function curatedMessageId(reach: CuratedReach, type: string): string {
  return `${reach}.${messageId(type)}`;
}

/** The headers an example event travels with (binary mode), built as the outbox builds them. */
function exampleHeaders(definition: IntegrationEventDefinition, data: Record<string, unknown>) {
  const subject = data[definition.partitionKey];
  return toBinaryHeaders({
    specversion: '1.0',
    id: '3f1c9a52-7d4e-4b8a-9c1d-2e5f6a7b8c9d',
    source: `/csg/${definition.type.split('.')[1]}`,
    type: definition.type,
    subject: typeof subject === 'string' ? subject : undefined,
    time: '2026-12-07T09:00:00.000Z',
    datacontenttype: 'application/json',
    correlationid: 'c0ffee00-1234-4abc-8def-0123456789ab',
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    data,
  });
}

/** Which curated topics a type reaches: listed there, or admitted by its declaration but refused. */
export interface CuratedReachOf {
  readonly listed: readonly CuratedReach[];
  readonly refused: readonly CuratedReach[];
}

/** Where the type goes beyond the platform, in one line (its egress declaration and the curated topics). */
function egressLine(definition: IntegrationEventDefinition, reach: CuratedReachOf): string {
  const rule = definition.egress;
  if (!rule) return 'Never leaves the platform (no egress declaration).';
  const topics = (reaches: readonly CuratedReach[]) => reaches.map((r) => INTEGRATION_TOPICS[r]).join(', ');
  const curated =
    reach.listed.length > 0
      ? `Curated topics: ${topics(reach.listed)}.`
      : reach.refused.length > 0
        ? `Not on ${topics(reach.refused)}: its data (the catalogue's example) is what that reader may not read.`
        : 'Never on the curated topics.';
  return `Who outside receives it (event feed, its stream, webhooks): ${rule.summary} ${curated}`;
}

function egressExtension(definition: IntegrationEventDefinition) {
  const rule = definition.egress;
  if (!rule) return { to: 'nobody' };
  return {
    to: rule.to,
    summary: rule.summary,
    ...(rule.marking ? { marking: rule.marking } : {}),
    ...(rule.personalFields?.length ? { personalFields: [...rule.personalFields] } : {}),
  };
}

function kafkaKey(description: string) {
  return { kafka: { key: { type: 'string', description }, bindingVersion: '0.5.0' } };
}

/** A type as its service publishes it on its internal topic. */
export function internalMessage(definition: IntegrationEventDefinition, reach: CuratedReachOf) {
  const data = exampleDataOf(definition);
  return {
    name: definition.type,
    title: definition.type,
    summary: definition.description,
    description: egressLine(definition, reach),
    contentType: 'application/json',
    headers: { $ref: CE_HEADERS_REF },
    payload: definition.schema,
    bindings: kafkaKey(`the event's ${definition.partitionKey}`),
    examples: [{ name: 'example', headers: exampleHeaders(definition, data), payload: data }],
    'x-egress': egressExtension(definition),
  };
}

/**
 * A type as a curated topic's reader receives it: undefined when its declaration never lets it
 * onto that topic; `refused` when the declaration would but the policy refuses the catalogue's own
 * example (its facts, e.g. a suspended agency); else the message, whose example is the policy's
 * output for the type's example at the topic's most open marking. A generated example the policy
 * refuses means the declaration and the policy disagree: an error, not a quiet omission.
 */
export function curatedMessage(
  definition: IntegrationEventDefinition,
  reach: CuratedReach,
  exampleFor: CuratedTopicExample,
) {
  const markings = curatedMarkingsOf(definition, reach);
  if (markings.length === 0) return undefined;
  const rule = definition.egress!;
  const marking: EgressMarking = markings[markings.length - 1];
  const data = exampleDataOf(definition);
  if ('tlp' in data) data.tlp = marking;
  const received = exampleFor(definition, reach, data);
  if (!received && definition.example) return 'refused' as const;
  if (!received)
    throw new Error(
      `${definition.type} may reach ${INTEGRATION_TOPICS[reach]} by its egress declaration, but the policy refuses its example`,
    );
  const removed = rule.personalFields ?? [];
  return {
    name: definition.type,
    title: `${definition.type} on ${INTEGRATION_TOPICS[reach]}`,
    summary: definition.description,
    description:
      `Copied here, event by event, when the egress policy lets ${CURATED_TOPIC_READER[reach]} read it. ` +
      `Its rule: ${rule.summary}` +
      (removed.length > 0 ? ` Left out here: ${removed.join(', ')}.` : ''),
    contentType: 'application/json',
    headers: { $ref: CE_HEADERS_REF },
    payload: curatedPayloadSchema(definition, markings),
    bindings: kafkaKey(`the event's subject (ce_subject, by default its ${definition.partitionKey})`),
    examples: [
      {
        name: `as ${INTEGRATION_TOPICS[reach]} carries it`,
        headers: exampleHeaders(definition, received),
        payload: received,
      },
    ],
    'x-egress': {
      ...egressExtension(definition),
      reader: CURATED_TOPIC_READER[reach],
      markings: [...markings],
      removedFields: [...removed],
    },
  };
}
