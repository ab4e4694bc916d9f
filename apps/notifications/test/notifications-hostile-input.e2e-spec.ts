import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  hostileBodies,
  hostileValue,
  itAnswersHostileBodies,
  itAnswersNullForEveryBodyField,
  itRefusesHostileCursorsOnEveryList,
  itRefusesHostilePathParameters,
  itRefusesMalformedBodies,
  type HostileRoute,
} from '../../embedded/test/hostile-input';
import { NotificationsTestPlatform } from './notifications-platform.fixture';

const nasty = hostileValue(
  ["'; DROP TABLE notifications; --"],
  [fc.array(fc.oneof(fc.string(), fc.integer(), fc.object({ maxDepth: 2 })), { maxLength: 600 })],
);
const hostile = hostileBodies(
  [
    'title',
    'body',
    'priority',
    'audience',
    'publishAt',
    'tlp',
    'recipientSubs',
    'categories',
    'name',
    'eventTypes',
    'agencyId',
    'tlpClearance',
    'url',
    'description',
    'role',
  ],
  nasty,
);
/** Hostile values inside the nested objects too. */
const hostileAudience = fc.record({ kind: nasty, values: nasty }, { requiredKeys: [] });
const hostileCategory = fc.record(
  { category: nasty, channels: nasty, delivery: nasty },
  { requiredKeys: [] },
);

const COUNTED = [
  'announcements',
  'notification_facts',
  'integration_clients',
  'webhooks',
  'outbox',
  'due_jobs',
];

describe('hostile input to the notifications routes: only 4xx problems or success, never 5xx, nothing changed on a 4xx', () => {
  let api: NotificationsTestPlatform;
  let organiser: string;
  let webhookId: string;

  beforeAll(async () => {
    api = await NotificationsTestPlatform.start('notif_hostile');
    organiser = await api.token('hostile-organiser', ['organiser']);
    const webhook = await api.call('POST', 'webhooks', { token: organiser, body: webhookBody() });
    expect(webhook.status).toBe(201);
    webhookId = webhook.body.id;
  });

  afterAll(async () => {
    await api?.stop();
  });

  const counts = async () =>
    (
      await api.query(
        'notifications',
        `SELECT ${COUNTED.map((t) => `(SELECT count(*)::int FROM ${t}) AS "${t}"`).join(', ')}`,
      )
    )[0];

  const announcement = () => ({
    title: 'T',
    body: 'B',
    priority: 'NORMAL',
    tlp: 'TLP:GREEN',
    audience: { kind: 'ALL', values: [] },
  });
  const webhookBody = () => ({
    url: 'https://93.184.215.14/h',
    eventTypes: ['csg.notifications.webhook.disabled.v1'],
  });
  const asOrganiser = () => organiser;
  const routes: Array<HostileRoute<string>> = [
    {
      method: 'POST',
      route: 'announcements',
      path: () => 'announcements',
      as: asOrganiser,
      bodies: fc.oneof(
        hostile(announcement),
        hostileAudience.map((audience) => ({ ...announcement(), audience })),
      ),
    },
    {
      method: 'PUT',
      route: 'me/preferences',
      path: () => 'me/preferences',
      as: asOrganiser,
      bodies: fc.oneof(
        hostile(() => ({ categories: [{ category: 'SESSION', channels: ['IN_APP'], delivery: 'OFF' }] })),
        fc.array(hostileCategory, { maxLength: 6 }).map((categories) => ({ categories })),
      ),
    },
    {
      method: 'POST',
      route: 'integrations/clients',
      path: () => 'integrations/clients',
      as: asOrganiser,
      bodies: hostile(() => ({ name: 'c', eventTypes: ['csg.notifications.webhook.disabled.v1'] })),
    },
    {
      method: 'POST',
      route: 'webhooks',
      path: () => 'webhooks',
      as: asOrganiser,
      bodies: hostile(() => ({
        url: 'https://93.184.215.14/h',
        eventTypes: ['csg.notifications.webhook.disabled.v1'],
      })),
    },
  ];

  itAnswersHostileBodies(routes, {
    platform: () => api,
    state: counts,
    numRuns: 40,
  });

  itAnswersNullForEveryBodyField(
    [
      { ...routes[0], valid: announcement },
      {
        ...routes[1],
        valid: () => ({ categories: [{ category: 'SESSION', channels: ['IN_APP'], delivery: 'OFF' }] }),
      },
      {
        ...routes[2],
        valid: () => ({ name: 'c', eventTypes: ['csg.notifications.webhook.disabled.v1'] }),
      },
      { ...routes[3], valid: webhookBody },
    ],
    { platform: () => api, state: counts, numRuns: 1 },
  );

  /** A delivery id of the `msg_` form that names no delivery. */
  const deliveryId = 'msg_0123456789abcdef0123456789abcdef';
  const bare = (method: string, route: string, path: () => string): HostileRoute<string> => ({
    method,
    route,
    path,
    as: asOrganiser,
    bodies: fc.constant({}),
  });
  itRefusesHostilePathParameters(
    [
      bare(
        'POST',
        'webhooks/:id/deliveries/:deliveryId/retry',
        () => `webhooks/${webhookId}/deliveries/${deliveryId}/retry`,
      ),
      bare('POST', 'webhooks/:id/rotate-secret', () => `webhooks/${webhookId}/rotate-secret`),
      bare('GET', 'webhooks/:id/deliveries', () => `webhooks/${webhookId}/deliveries`),
      bare('POST', 'me/notifications/:id/read', () => `me/notifications/${randomUUID()}/read`),
    ],
    { platform: () => api, state: counts, numRuns: 20 },
  );

  itRefusesHostileCursorsOnEveryList(
    [
      { route: 'me/notifications', path: () => 'me/notifications', as: asOrganiser },
      { route: 'webhooks', path: () => 'webhooks', as: asOrganiser },
      { route: 'webhooks/:id/deliveries', path: () => `webhooks/${webhookId}/deliveries`, as: asOrganiser },
      { route: 'integrations/clients', path: () => 'integrations/clients', as: asOrganiser },
      { route: 'announcements', path: () => 'announcements', as: asOrganiser },
    ],
    { platform: () => api, anyListAs: asOrganiser, numRuns: 30 },
  );

  it('answers the cursors, nulls and path parameters of issue 18 with 4xx problems', async () => {
    const cursor = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');
    for (const position of [['x'], ['1234567890123456789012'], [1234567890123456789012]]) {
      const listed = await api.call('GET', `me/notifications?cursor=${cursor(position)}`, {
        token: organiser,
      });
      expect(listed).toMatchObject({ status: 400, body: { errors: [{ field: 'cursor' }] } });
    }
    for (const id of ['%00', 'msg_%00', 'not-a-delivery'])
      expect(
        (await api.call('POST', `webhooks/${webhookId}/deliveries/${id}/retry`, { token: organiser })).status,
      ).toBe(404);
  });

  itRefusesMalformedBodies({
    platform: () => api,
    path: () => 'announcements',
    token: asOrganiser,
    valid: announcement,
    state: counts,
  });

  it('page sizes are capped and bad cursors and filters are 400 problems', async () => {
    const capped = await api.call('GET', 'me/notifications?limit=1000000', { token: organiser });
    expect(capped.status).toBe(200);
    for (const query of ['limit=0', 'limit=abc', 'cursor=%00', 'unread=maybe', 'extra=1'])
      expect((await api.call('GET', `me/notifications?${query}`, { token: organiser })).status).toBe(400);
    expect((await api.call('POST', 'me/notifications/not-a-uuid/read', { token: organiser })).status).toBe(
      404,
    );
  });
});
