import type { IntegrationEventDefinition } from '@csg/contracts';
import type { PendingEvent } from './outbox-writer';

/** A fact's class, whatever its constructor takes. */
type FactClass<F> = abstract new (...args: never) => F;

interface FactRule {
  fact: FactClass<object>;
  /** Undefined: an internal fact, recorded but never published. */
  event?: IntegrationEventDefinition;
  data?: (fact: object) => unknown;
  subject?: (fact: object) => string;
}

/**
 * A service's mapping from the facts its aggregates record (domain events, its own classes) to
 * the integration events it publishes (libs/contracts definitions + their data). The unit of
 * work applies it to every aggregate a repository saved, so handlers never emit events by hand
 * and an aggregate change cannot forget its event. A recorded fact the mapping does not know is
 * an error (declare it `.internal(…)` if it is not published).
 */
export class OutboxMapping {
  private constructor(private readonly rules: readonly FactRule[]) {}

  static empty(): OutboxMapping {
    return new OutboxMapping([]);
  }

  /** Publishes each `fact` as `event` with `data(fact)` (validated against its schema). */
  on<F extends object>(
    fact: FactClass<F>,
    event: IntegrationEventDefinition,
    data: (fact: F) => unknown,
    options: { subject?: (fact: F) => string } = {},
  ): OutboxMapping {
    return this.with({
      fact,
      event,
      data: data as (fact: object) => unknown,
      subject: options.subject as ((fact: object) => string) | undefined,
    });
  }

  /** A fact that stays inside the service (recorded, never published). */
  internal(fact: FactClass<object>): OutboxMapping {
    return this.with({ fact });
  }

  /** The integration events this mapping can publish. */
  get events(): IntegrationEventDefinition[] {
    return this.rules.flatMap((rule) => (rule.event ? [rule.event] : []));
  }

  /** The outbox entry of one recorded fact, or null for an internal one. */
  toPending(fact: object): PendingEvent | null {
    const rule = this.rules.find((r) => r.fact === fact.constructor);
    if (!rule) {
      throw new Error(
        `${fact.constructor.name} was recorded but the service's outbox mapping does not know it (map it with .on or declare it .internal)`,
      );
    }
    if (!rule.event || !rule.data) return null;
    return { definition: rule.event, data: rule.data(fact), subject: rule.subject?.(fact) };
  }

  private with(rule: FactRule): OutboxMapping {
    if (this.rules.some((r) => r.fact === rule.fact)) throw new Error(`${rule.fact.name} is mapped twice`);
    return new OutboxMapping([...this.rules, rule]);
  }
}

/** `outboxMapping().on(AgencyRegistered, AgencyRegisteredV1, (fact) => …)…` */
export function outboxMapping(): OutboxMapping {
  return OutboxMapping.empty();
}
