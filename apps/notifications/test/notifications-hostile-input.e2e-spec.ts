import fc from 'fast-check';
import {
  hostileBodies,
  hostileValue,
  itAnswersHostileBodies,
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

  beforeAll(async () => {
    api = await NotificationsTestPlatform.start('notif_hostile');
    organiser = await api.token('hostile-organiser', ['organiser']);
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
