import type { EventRegistry } from '../event-registry';
import type { IntegrationEventDefinition } from '../integration-event.definition';
import type { JsonSchema } from '../json-schema';
import { INTEGRATION_TOPICS } from '../topics';

const ceHeaders: JsonSchema = {
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

function messageId(type: string): string {
  return type.replace(/^csg\./, '');
}

function message(definition: IntegrationEventDefinition) {
  return {
    name: definition.type,
    title: definition.type,
    summary: definition.description,
    contentType: 'application/json',
    headers: ceHeaders,
    payload: definition.schema,
    bindings: {
      kafka: {
        key: { type: 'string', description: `the event's ${definition.partitionKey}` },
        bindingVersion: '0.5.0',
      },
    },
    ...(definition.example ? { examples: [{ payload: definition.example }] } : {}),
  };
}

/** An AsyncAPI 3.0 document of every topic and event type in the registry. */
export function buildAsyncApiDocument(registry: EventRegistry, version: string): Record<string, unknown> {
  const definitions = registry.all();
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (const topic of registry.topics()) {
    const onTopic = definitions.filter((d) => d.topic === topic);
    channels[topic] = {
      address: topic,
      description: `Internal topic of the ${topic.split('.')[1]} service (CloudEvents binary mode, keyed by aggregate id).`,
      messages: Object.fromEntries(
        onTopic.map((d) => [messageId(d.type), { $ref: `#/components/messages/${messageId(d.type)}` }]),
      ),
    };
    operations[`publish.${topic}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${topic}` },
      messages: onTopic.map((d) => ({ $ref: `#/channels/${topic}/messages/${messageId(d.type)}` })),
    };
  }
  for (const [marking, topic] of Object.entries(INTEGRATION_TOPICS)) {
    channels[topic] = {
      address: topic,
      description: `Curated topic for integrations: events whose content is TLP:${marking.toUpperCase()} or less restricted.`,
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'CyberSecureGov collaboration backend: integration events',
      version,
      description:
        'Every integration event is a CloudEvents 1.0 event. Generated from libs/contracts by `npm run asyncapi`; do not edit by hand.',
    },
    defaultContentType: 'application/json',
    servers: {
      kafka: { host: 'localhost:9092', protocol: 'kafka', description: 'KAFKA_BROKERS of the deployment' },
    },
    channels,
    operations,
    components: {
      messages: Object.fromEntries(definitions.map((d) => [messageId(d.type), message(d)])),
    },
  };
}
