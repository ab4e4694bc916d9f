import { decodeCursor } from '@csg/http';
import {
  feedKey,
  InMemoryEventFeed,
  PUBLISHED,
  REGISTERED,
} from '../../../../test/in-memory-event-feed.fixture';
import { StreamEventFeedHandler } from './stream-event-feed.handler';
import { StreamEventFeedQuery } from './stream-event-feed.query';

describe('StreamEventFeedHandler', () => {
  const setup = () => {
    const feed = new InMemoryEventFeed();
    feed.given(PUBLISHED);
    feed.given(REGISTERED);
    feed.given(PUBLISHED);
    return { feed, handler: new StreamEventFeedHandler(feed) };
  };

  it('Stream_FromAPosition_StartsThere_AndServesEachEventUnderItsTypeWithItsPositionAsId', async () => {
    const { handler, feed } = setup();
    const stream = await handler.execute(new StreamEventFeedQuery(feedKey(), '1', undefined));
    expect(stream.start).toBe('1');
    const batch = await stream.next(stream.start);
    expect(batch.events.map((e) => [decodeCursor(e.id, ['bigint'])?.[0], e.event])).toEqual([
      ['2', REGISTERED],
      ['3', PUBLISHED],
    ]);
    expect(batch.events[0].data).toMatchObject({ specversion: '1.0', id: 'event-2', type: REGISTERED });
    expect(batch.position).toBe('3');
    expect(feed.asked[0]).toEqual({ afterSeq: '1', types: undefined, limit: 200 });
  });

  it.each([[undefined], ['not-a-position']])('Stream_From%s_StartsAtTheBeginning', async (after) => {
    const { handler } = setup();
    const stream = await handler.execute(new StreamEventFeedQuery(feedKey(), after, undefined));
    expect(stream.start).toBe('0');
  });

  it('Stream_WithNothingNew_StaysAtItsPosition', async () => {
    const { handler } = setup();
    const stream = await handler.execute(new StreamEventFeedQuery(feedKey(), '3', undefined));
    expect(await stream.next('3')).toEqual({ events: [], position: '3' });
  });

  it('Stream_NamingTypes_ServesOnlyThoseWithinTheKeysScopes', async () => {
    const { handler } = setup();
    const stream = await handler.execute(
      new StreamEventFeedQuery(feedKey([PUBLISHED]), undefined, [REGISTERED]),
    );
    expect(await stream.next(stream.start)).toEqual({ events: [], position: '0' });
  });
});
