import {
  AGENCY_A,
  AGENCY_B,
  inMemoryWebhooks,
  member,
  operator,
} from '../../../../test/in-memory-webhooks.fixture';
import { ListWebhooksHandler } from './list-webhooks.handler';
import { ListWebhooksQuery } from './list-webhooks.query';

describe('ListWebhooksHandler', () => {
  const setup = () => {
    const ports = inMemoryWebhooks();
    const platform = ports.store.given({ owner_agency_id: null });
    const ofA = ports.store.given({ owner_agency_id: AGENCY_A });
    const ofB = ports.store.given({ owner_agency_id: AGENCY_B });
    return { ...ports, platform, ofA, ofB, handler: new ListWebhooksHandler(ports.reader, ports.clock) };
  };

  it('List_ByAnOperator_AnswersEveryWebhookNewestFirst', async () => {
    const { handler, platform, ofA, ofB } = setup();
    const page = await handler.execute(new ListWebhooksQuery(operator(), 50, undefined));
    expect(page.items.map((w) => w.id)).toEqual([ofB.id, ofA.id, platform.id]);
    expect(page.nextCursor).toBeNull();
  });

  it('List_ByAnAgencyAdmin_AnswersOnlyTheirAgencysWebhooks', async () => {
    const { handler, ofA } = setup();
    const page = await handler.execute(
      new ListWebhooksQuery(member(AGENCY_A, 'agency-admin'), 50, undefined),
    );
    expect(page.items.map((w) => w.id)).toEqual([ofA.id]);
  });

  it.each([
    ['a plain member', member(AGENCY_A, 'member')],
    ['an admin of a suspended agency', member(AGENCY_A, 'agency-admin', 'SUSPENDED')],
  ])('List_By%s_AnswersNone', async (_who, viewer) => {
    const { handler, reader } = setup();
    const page = await handler.execute(new ListWebhooksQuery(viewer, 50, undefined));
    expect(page.items).toEqual([]);
    expect(reader.asked).toEqual([{ all: false, agencyIds: [] }]);
  });

  it('List_PageByPage_ResumesAfterTheCursorWithoutGapsOrRepeats', async () => {
    const { handler, platform, ofA, ofB } = setup();
    const first = await handler.execute(new ListWebhooksQuery(operator(), 2, undefined));
    expect(first.items.map((w) => w.id)).toEqual([ofB.id, ofA.id]);
    expect(first.nextCursor).not.toBeNull();
    const position = [first.items[1].createdAt, first.items[1].id] as const;
    const second = await handler.execute(new ListWebhooksQuery(operator(), 2, position));
    expect(second.items.map((w) => w.id)).toEqual([platform.id]);
    expect(second.nextCursor).toBeNull();
  });
});
