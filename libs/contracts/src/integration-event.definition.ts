import type { EgressRule } from './egress';
import type { JsonSchema } from './json-schema';

/**
 * One integration event type: its versioned name, where it travels and what its data looks like.
 * Versioning rule: a breaking change to `schema` is a new type with the next `.vN` suffix; the
 * producer may emit both for a while, and consumers keep accepting every version they know.
 * Adding an optional field is not breaking and keeps the version.
 */
export interface IntegrationEventDefinition {
  /** `csg.<service>.<aggregate>.<fact in past tense>.v<N>` */
  readonly type: string;
  readonly topic: string;
  readonly description: string;
  /** The data field whose value keys the message, so one aggregate's events stay in order. */
  readonly partitionKey: string;
  readonly schema: JsonSchema;
  /** True when the data carries a `tlp` marking that read paths must enforce. */
  readonly marked?: boolean;
  readonly example?: Record<string, unknown>;
  /**
   * Who outside the platform may receive it and which fields go out (./egress.ts). Absent: the
   * event never leaves the platform; a catalogue test requires one on every type.
   */
  readonly egress?: EgressRule;
}

const TYPE_PATTERN = /^csg\.[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*\.v[1-9][0-9]*$/;

export class InvalidEventDefinitionError extends Error {}

export function defineIntegrationEvent<D extends IntegrationEventDefinition>(definition: D): D {
  if (!TYPE_PATTERN.test(definition.type)) {
    throw new InvalidEventDefinitionError(
      `event type ${definition.type} does not follow csg.<service>.<aggregate>.<fact>.v<N>`,
    );
  }
  const required = definition.schema.required ?? [];
  if (!required.includes(definition.partitionKey)) {
    throw new InvalidEventDefinitionError(
      `event type ${definition.type}: partition key ${definition.partitionKey} must be a required field`,
    );
  }
  return definition;
}
