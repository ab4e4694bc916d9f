import { defineIntegrationEvent, EventRegistry } from '@csg/contracts';
import { InMemoryUnitOfWork } from './in-memory-unit-of-work';
import { OutboxWaker } from './outbox-waker';

const ThingHappenedV1 = defineIntegrationEvent({
  type: 'csg.things.thing.happened.v1',
  topic: 'csg.things',
  description: 'Something happened to a thing.',
  partitionKey: 'thingId',
  schema: {
    type: 'object',
    required: ['thingId'],
    properties: { thingId: { type: 'string' } },
  },
});

describe('the unit of work waking its relay', () => {
  function setUp() {
    const waker = new OutboxWaker();
    const wakes: number[] = [];
    const unsubscribe = waker.subscribe(() => wakes.push(uow.published.length));
    const uow = new InMemoryUnitOfWork(new EventRegistry([ThingHappenedV1]), undefined, '/csg/test', waker);
    return { waker, wakes, uow, unsubscribe };
  }

  it('run_WhenItCommitsOutboxRows_WakesOnceAfterTheCommit', async () => {
    const { wakes, uow } = setUp();
    await uow.run(async (tx) => {
      tx.emit(ThingHappenedV1, { thingId: 't-1' });
      tx.emit(ThingHappenedV1, { thingId: 't-2' });
    });
    expect(wakes).toEqual([2]);
  });

  it('run_WhenTheWorkThrows_WakesNothing', async () => {
    const { wakes, uow } = setUp();
    await expect(
      uow.run(async (tx) => {
        tx.emit(ThingHappenedV1, { thingId: 't-1' });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(wakes).toEqual([]);
    expect(uow.published).toEqual([]);
  });

  it('run_WhenNoOutboxRowsWereWritten_WakesNothing', async () => {
    const { wakes, uow } = setUp();
    await uow.run(async () => 'read only');
    expect(wakes).toEqual([]);
  });

  it('subscribe_ReturnsAnUnsubscribe_AfterWhichTheListenerIsNotWoken', () => {
    const { waker, wakes, unsubscribe } = setUp();
    unsubscribe();
    waker.wake();
    expect(wakes).toEqual([]);
  });
});
