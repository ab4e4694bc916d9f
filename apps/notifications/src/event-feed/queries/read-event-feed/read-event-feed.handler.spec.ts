import { decodeCursor } from '@csg/http';
import {
  feedKey,
  InMemoryEventFeed,
  PUBLISHED,
  REGISTERED,
} from '../../../../test/in-memory-event-feed.fixture';
import { ReadEventFeedHandler } from './read-event-feed.handler';
import { ReadEventFeedQuery } from './read-event-feed.query';

const positionOf = (cursor: string | null) =>
  cursor === null ? null : decodeCursor(cursor, ['bigint'])?.[0];

describe('ReadEventFeedHandler', () => {
  const setup = () => {
    const feed = new InMemoryEventFeed();
    for (let i = 0; i < 5; i += 1) feed.given(i % 2 === 0 ? PUBLISHED : REGISTERED);
    return { feed, handler: new ReadEventFeedHandler(feed) };
  };

  it('Read_WithoutAPosition_ReadsFromTheBeginningAsCloudEvents_AndAnswersWhereToResume', async () => {
    const { handler } = setup();
    const page = await handler.execute(new ReadEventFeedQuery(feedKey(), undefined, undefined, 2));
    expect(page.items.map((e) => e.id)).toEqual(['event-1', 'event-2']);
    expect(page.items[0]).toEqual({
      specversion: '1.0',
      id: 'event-1',
      source: '/csg/exchange',
      type: PUBLISHED,
      subject: null,
      time: '2026-01-01T00:01:00.000Z',
      datacontenttype: 'application/json',
      tlp: 'TLP:GREEN',
      data: { n: 1 },
    });
    expect(positionOf(page.nextCursor)).toBe('2');
  });

  it('Read_AfterAPosition_ResumesRightAfterIt', async () => {
    const { handler } = setup();
    const page = await handler.execute(new ReadEventFeedQuery(feedKey(), '3', undefined, undefined));
    expect(page.items.map((e) => e.id)).toEqual(['event-4', 'event-5']);
    expect(positionOf(page.nextCursor)).toBe('5');
  });

  it('Read_PastEventsTheKeyMayNotReceive_LeavesThemOut_AndResumesAfterThem', async () => {
    const { handler, feed } = setup();
    feed.withheld.add('4');
    feed.withheld.add('5');
    const page = await handler.execute(new ReadEventFeedQuery(feedKey(), '3', undefined, undefined));
    expect(page.items).toEqual([]);
    expect(positionOf(page.nextCursor)).toBe('5');
  });

  it('Read_WithNothingNew_KeepsTheCursorWhereItWas', async () => {
    const { handler } = setup();
    const page = await handler.execute(new ReadEventFeedQuery(feedKey(), '5', undefined, undefined));
    expect(page.items).toEqual([]);
    expect(positionOf(page.nextCursor)).toBe('5');
  });

  it.each([['-1'], ['1.5'], ['abc'], ['1234567890123456789'], ['']])(
    'Read_AfterAPositionNoLogHas(%s)_ReadsFromTheBeginning',
    async (after) => {
      const { handler, feed } = setup();
      const page = await handler.execute(new ReadEventFeedQuery(feedKey(), after, undefined, 1));
      expect(feed.asked[0].afterSeq).toBe('0');
      expect(page.items.map((e) => e.id)).toEqual(['event-1']);
    },
  );

  it.each([
    [undefined, 100],
    [5, 5],
    [1000, 1000],
    [1_000_000, 1000],
  ])('Read_WithLimit%s_AsksTheLogForAtMost%s', async (limit, asked) => {
    const { handler, feed } = setup();
    await handler.execute(new ReadEventFeedQuery(feedKey(), undefined, undefined, limit));
    expect(feed.asked[0].limit).toBe(asked);
  });

  it('Read_NamingTypes_ReadsOnlyThoseWithinTheKeysScopes', async () => {
    const { handler } = setup();
    const page = await handler.execute(
      new ReadEventFeedQuery(feedKey([PUBLISHED]), undefined, [REGISTERED, PUBLISHED], undefined),
    );
    expect(page.items.map((e) => e.type)).toEqual([PUBLISHED, PUBLISHED, PUBLISHED]);
  });
});
