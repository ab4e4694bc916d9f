import type { EventRegistry } from '../event-registry';
import { INTEGRATION_TOPICS } from '../topics';
import {
  CE_HEADERS_SCHEMA,
  curatedMessage,
  curatedMessageId,
  internalMessage,
  messageId,
} from './asyncapi-messages';
import {
  CURATED_REACHES,
  CURATED_TOPIC_MARKINGS,
  CURATED_TOPIC_READER,
  type CuratedReach,
  type CuratedTopicExample,
} from './curated-topics';

const ref = (path: string) => ({ $ref: path });

/**
 * An AsyncAPI 3.0 document of every topic and event type in the registry (ADR 63): each service's
 * internal topic with what it publishes, and the curated topics integrators read, with each type
 * that may reach them in the view their reader receives (`curatedExample`: libs/auth's policy).
 * Every message has an example; every channel's messages are named by an operation.
 */
export function buildAsyncApiDocument(
  registry: EventRegistry,
  version: string,
  curatedExample: CuratedTopicExample,
): Record<string, unknown> {
  const definitions = registry.all();
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const curatedMessages: Record<string, unknown> = {};
  for (const topic of registry.topics()) {
    const ids = definitions.filter((d) => d.topic === topic).map((d) => messageId(d.type));
    channels[topic] = {
      address: topic,
      description: `Internal topic of the ${topic.split('.')[1]} service (CloudEvents binary mode, keyed by aggregate id); integrations never read it.`,
      messages: Object.fromEntries(ids.map((id) => [id, ref(`#/components/messages/${id}`)])),
    };
    operations[`publish.${topic}`] = {
      action: 'send',
      summary: `The ${topic.split('.')[1]} service publishes its events through its outbox.`,
      channel: ref(`#/channels/${topic}`),
      messages: ids.map((id) => ref(`#/channels/${topic}/messages/${id}`)),
    };
  }
  const listed = new Map<string, CuratedReach[]>(definitions.map((d) => [d.type, []]));
  const refused = new Map<string, CuratedReach[]>(definitions.map((d) => [d.type, []]));
  for (const reach of CURATED_REACHES) {
    const topic = INTEGRATION_TOPICS[reach];
    const ids: string[] = [];
    for (const definition of definitions) {
      const message = curatedMessage(definition, reach, curatedExample);
      if (message === 'refused') refused.get(definition.type)!.push(reach);
      if (!message || message === 'refused') continue;
      const id = curatedMessageId(reach, definition.type);
      curatedMessages[id] = message;
      ids.push(id);
      listed.get(definition.type)!.push(reach);
    }
    channels[topic] = {
      address: topic,
      description:
        `Curated topic for integrations: ${CURATED_TOPIC_READER[reach]} may read it. The notifications service copies ` +
        `each event here (${CURATED_TOPIC_MARKINGS[reach].join(', ')} only) when the egress policy lets that reader ` +
        'read it, in the view that reader gets (no personal data), with the original CloudEvents headers.',
      messages: Object.fromEntries(ids.map((id) => [id, ref(`#/components/messages/${id}`)])),
    };
    operations[`receive.${topic}`] = {
      action: 'receive',
      summary: `Integrators consume ${topic}.`,
      description:
        'Read with your own consumer group; deduplicate on ce_id (delivery is at least once) and ignore types you do not know.',
      channel: ref(`#/channels/${topic}`),
      messages: ids.map((id) => ref(`#/channels/${topic}/messages/${id}`)),
    };
  }
  for (const definition of definitions)
    messages[messageId(definition.type)] = internalMessage(definition, {
      listed: listed.get(definition.type)!,
      refused: refused.get(definition.type)!,
    });
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'CyberSecureGov collaboration backend: integration events',
      version,
      description:
        'Every integration event is a CloudEvents 1.0 event (Kafka binary mode: ce_* headers, JSON value). ' +
        'Integrations read csg.integration.clear and csg.integration.green; the service topics are internal. ' +
        'Each message says who outside receives it (x-egress). Generated from libs/contracts by `npm run asyncapi`; ' +
        'served at /api/asyncapi.yaml and /api/asyncapi.json; do not edit by hand.',
    },
    defaultContentType: 'application/json',
    servers: {
      kafka: { host: 'localhost:9092', protocol: 'kafka', description: 'KAFKA_BROKERS of the deployment' },
    },
    channels,
    operations,
    components: {
      schemas: { CloudEventHeaders: CE_HEADERS_SCHEMA },
      messages: { ...messages, ...curatedMessages },
    },
  };
}
