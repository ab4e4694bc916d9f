import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { CloudEvent } from './cloud-event';
import type { IntegrationEventDefinition } from './integration-event.definition';

export class UnknownEventTypeError extends Error {
  readonly code = 'EVENT.UNKNOWN_TYPE';
}

export class EventSchemaViolationError extends Error {
  readonly code = 'EVENT.SCHEMA_VIOLATION';
  constructor(
    readonly type: string,
    readonly problems: string[],
  ) {
    super(`event ${type} does not match its schema: ${problems.join('; ')}`);
  }
}

/** Type string → schema → topic → partition key, with compiled validators. */
export class EventRegistry {
  private readonly definitions = new Map<string, IntegrationEventDefinition>();
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly ajv: Ajv;

  constructor(definitions: readonly IntegrationEventDefinition[] = []) {
    this.ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(this.ajv);
    definitions.forEach((d) => this.register(d));
  }

  register(definition: IntegrationEventDefinition): this {
    if (this.definitions.has(definition.type))
      throw new Error(`event type ${definition.type} registered twice`);
    this.definitions.set(definition.type, definition);
    this.validators.set(definition.type, this.ajv.compile(definition.schema));
    return this;
  }

  has(type: string): boolean {
    return this.definitions.has(type);
  }

  get(type: string): IntegrationEventDefinition {
    const definition = this.definitions.get(type);
    if (!definition) throw new UnknownEventTypeError(`unknown event type ${type}`);
    return definition;
  }

  all(): IntegrationEventDefinition[] {
    return [...this.definitions.values()].sort((a, b) => a.type.localeCompare(b.type));
  }

  topics(): string[] {
    return [...new Set(this.all().map((d) => d.topic))].sort();
  }

  /** Throws UnknownEventTypeError or EventSchemaViolationError; both make a message poison. */
  validate(event: Pick<CloudEvent, 'type' | 'data'>): void {
    const validator = this.validators.get(event.type);
    if (!validator) throw new UnknownEventTypeError(`unknown event type ${event.type}`);
    if (!validator(event.data)) {
      const problems = (validator.errors ?? []).map(
        (e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
      );
      throw new EventSchemaViolationError(event.type, problems);
    }
  }

  partitionKeyOf(type: string, data: unknown): string {
    const field = this.get(type).partitionKey;
    const value = (data as Record<string, unknown> | null)?.[field];
    if (typeof value !== 'string' || value.length === 0) {
      throw new EventSchemaViolationError(type, [`partition key ${field} is missing`]);
    }
    return value;
  }
}
