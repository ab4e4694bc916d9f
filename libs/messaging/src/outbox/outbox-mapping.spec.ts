import { defineIntegrationEvent, EventRegistry } from '@csg/contracts';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work';
import { outboxMapping } from './outbox-mapping';

const ThingRenamedV1 = defineIntegrationEvent({
  type: 'csg.things.thing.renamed.v1',
  topic: 'csg.things',
  description: 'A thing got a new name.',
  partitionKey: 'thingId',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['thingId', 'name'],
    properties: { thingId: { type: 'string' }, name: { type: 'string' } },
  },
});

class ThingRenamed {
  constructor(
    readonly thingId: string,
    readonly name: string,
  ) {}
}
class ThingLookedAt {}
class ThingForgotten {}

class Thing {
  private readonly recorded: object[] = [];
  rename(name: string): void {
    this.recorded.push(new ThingRenamed('t-1', name));
  }
  look(): void {
    this.recorded.push(new ThingLookedAt());
  }
  forget(): void {
    this.recorded.push(new ThingForgotten());
  }
  pullRecordedEvents(): object[] {
    return this.recorded.splice(0);
  }
}

describe('the outbox mapping applied by the unit of work', () => {
  const mapping = outboxMapping()
    .on(ThingRenamed, ThingRenamedV1, (fact) => ({ thingId: fact.thingId, name: fact.name }))
    .internal(ThingLookedAt);
  const unitOfWork = () => new InMemoryUnitOfWork(new EventRegistry([ThingRenamedV1]), mapping);

  it('flush_WhenATrackedAggregateRecordedFacts_WritesTheirEventsInOrderAndSkipsInternalOnes', async () => {
    const uow = unitOfWork();
    const thing = new Thing();
    await uow.run(async (tx) => {
      thing.rename('first');
      thing.look();
      thing.rename('second');
      tx.track(thing);
    });
    expect(uow.published.map((e) => [e.type, e.key, e.data.name])).toEqual([
      ['csg.things.thing.renamed.v1', 't-1', 'first'],
      ['csg.things.thing.renamed.v1', 't-1', 'second'],
    ]);
  });

  it('run_WhenTheWorkFails_PublishesNothing', async () => {
    const uow = unitOfWork();
    await expect(
      uow.run(async (tx) => {
        const thing = new Thing();
        thing.rename('doomed');
        tx.track(thing);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(uow.published).toEqual([]);
  });

  it('flush_WhenAFactHasNoMapping_FailsTheUnitOfWork', async () => {
    const uow = unitOfWork();
    const thing = new Thing();
    thing.forget();
    await expect(uow.run(async (tx) => tx.track(thing))).rejects.toThrow(/ThingForgotten was recorded/);
  });

  it('current_IsTheRunningTransaction_AndOutsideARunIsAnError', async () => {
    const uow = unitOfWork();
    expect(() => uow.current).toThrow(/no unit of work is running/);
    await uow.run(async (tx) => expect(uow.current).toBe(tx));
  });

  it('on_WhenAFactIsMappedTwice_RefusesTheMapping', () => {
    expect(() => mapping.on(ThingRenamed, ThingRenamedV1, () => ({}))).toThrow(/mapped twice/);
  });
});
