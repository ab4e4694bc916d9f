import {
  AGENCY_A,
  AGENCY_B,
  codeOf,
  inMemoryWebhooks,
  member,
  operator,
} from '../../../../test/in-memory-webhooks.fixture';
import { ListWebhookDeliveriesHandler } from './list-webhook-deliveries.handler';
import { ListWebhookDeliveriesQuery } from './list-webhook-deliveries.query';

describe('ListWebhookDeliveriesHandler', () => {
  const setup = () => {
    const ports = inMemoryWebhooks();
    const webhook = ports.store.given({ owner_agency_id: AGENCY_A });
    const older = ports.store.givenDelivery(webhook.id);
    const newer = ports.store.givenDelivery(webhook.id, { status: 'SUCCEEDED' });
    const other = ports.store.given({ owner_agency_id: AGENCY_A });
    ports.store.givenDelivery(other.id);
    return { ...ports, webhook, older, newer, handler: new ListWebhookDeliveriesHandler(ports.reader) };
  };

  it('List_ByTheOwnersAgencyAdmin_AnswersThatWebhooksDeliveriesNewestFirstWithTheirAttempts', async () => {
    const { handler, webhook, older, newer } = setup();
    const page = await handler.execute(
      new ListWebhookDeliveriesQuery(webhook.id, member(AGENCY_A, 'agency-admin'), 50, undefined),
    );
    expect(page.items.map((d) => d.id)).toEqual([newer.id, older.id]);
    expect(page.items[1].attemptLog).toEqual([
      { at: '2026-01-01T00:00:00.000Z', statusCode: 500, error: null, durationMs: 12 },
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it('List_WithALimit_AnswersACursorThatResumesBelowTheLastDelivery', async () => {
    const { handler, webhook, older, newer } = setup();
    const first = await handler.execute(new ListWebhookDeliveriesQuery(webhook.id, operator(), 1, undefined));
    expect(first.items.map((d) => d.id)).toEqual([newer.id]);
    expect(first.nextCursor).not.toBeNull();
    const position = [first.items[0].createdAt, first.items[0].id] as const;
    const second = await handler.execute(new ListWebhookDeliveriesQuery(webhook.id, operator(), 1, position));
    expect(second.items.map((d) => d.id)).toEqual([older.id]);
  });

  it.each([
    ['an admin of another agency', member(AGENCY_B, 'agency-admin')],
    ['a plain member of the owner', member(AGENCY_A, 'member')],
  ])('List_By%s_IsWebhookNotFound', async (_who, viewer) => {
    const { handler, webhook } = setup();
    expect(
      await codeOf(handler.execute(new ListWebhookDeliveriesQuery(webhook.id, viewer, 50, undefined))),
    ).toBe('WEBHOOK.NOT_FOUND');
  });

  it('List_OfAnUnknownWebhook_IsWebhookNotFound', async () => {
    const { handler } = setup();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(
      await codeOf(handler.execute(new ListWebhookDeliveriesQuery(unknown, operator(), 50, undefined))),
    ).toBe('WEBHOOK.NOT_FOUND');
  });
});
