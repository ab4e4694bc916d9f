import type { EgressMarking } from '../egress';
import type { IntegrationEventDefinition } from '../integration-event.definition';
import type { JsonSchema } from '../json-schema';
import { INTEGRATION_TOPICS } from '../topics';

/** A curated topic by the marking it carries: `clear` → csg.integration.clear, `green` → .green. */
export type CuratedReach = keyof typeof INTEGRATION_TOPICS;

export const CURATED_REACHES = Object.keys(INTEGRATION_TOPICS) as readonly CuratedReach[];

/** The markings each curated topic carries (ADR 41): its readers' clearance and below. */
export const CURATED_TOPIC_MARKINGS: Readonly<Record<CuratedReach, readonly EgressMarking[]>> = {
  clear: ['TLP:CLEAR'],
  green: ['TLP:CLEAR', 'TLP:GREEN'],
};

/** Who reads each topic, as libs/auth's CURATED_TOPIC_READERS puts it to the read rules. */
export const CURATED_TOPIC_READER: Readonly<Record<CuratedReach, string>> = {
  clear: 'anyone (even without credentials)',
  green:
    'the community (a member of an active agency that does not own the thing and is neither shared it nor named in its audience)',
};

/**
 * What the curated topic's reader receives of `data` by the egress policy (libs/auth), with the
 * thing the event is about in a state that reader may read; undefined when the policy refuses.
 * The AsyncAPI document's curated examples are this function's output, never written by hand.
 */
export type CuratedTopicExample = (
  definition: IntegrationEventDefinition,
  reach: CuratedReach,
  data: Record<string, unknown>,
) => Record<string, unknown> | undefined;

/**
 * The markings an event type may travel under onto a curated topic, from its egress declaration
 * alone: none for `nobody`, `platform` and `owner` (those readers are never the topics'); for
 * `readers` and `cleared`, the markings it can carry (the declared one, else its `tlp` enum) that
 * the topic carries. Whether one event goes out is the policy's decision, on its data and now.
 */
export function curatedMarkingsOf(
  definition: IntegrationEventDefinition,
  reach: CuratedReach,
): EgressMarking[] {
  const rule = definition.egress;
  if (!rule || (rule.to !== 'readers' && rule.to !== 'cleared')) return [];
  const possible = rule.marking ? [rule.marking] : (definition.schema.properties?.tlp?.enum ?? []);
  return CURATED_TOPIC_MARKINGS[reach].filter((marking) => possible.includes(marking));
}

/** JSON Schema with the two keywords the views add (`not` of `anyOf`); AsyncAPI embeds both. */
export type ViewSchema = JsonSchema & { not?: { anyOf: Array<{ required: string[] }> } };

/**
 * The payload a curated topic's reader receives: the event's schema without its personal fields
 * (they go only to the person's own agency, which a curated topic's reader never is), stated as
 * absent, and with `tlp` narrowed to the markings the topic carries.
 */
export function curatedPayloadSchema(
  definition: IntegrationEventDefinition,
  markings: readonly EgressMarking[],
): ViewSchema {
  const personal = definition.egress?.personalFields ?? [];
  const properties = Object.fromEntries(
    Object.entries(definition.schema.properties ?? {})
      .filter(([field]) => !personal.includes(field))
      .map(([field, schema]) => [field, field === 'tlp' ? { ...schema, enum: [...markings] } : schema]),
  );
  return {
    ...definition.schema,
    properties,
    required: (definition.schema.required ?? []).filter((field) => !personal.includes(field)),
    ...(personal.length > 0 ? { not: { anyOf: personal.map((field) => ({ required: [field] })) } } : {}),
  };
}
