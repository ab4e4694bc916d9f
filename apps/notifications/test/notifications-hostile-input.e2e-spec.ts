import fc from 'fast-check';
import { NotificationsTestPlatform } from './notifications-platform.fixture';

/** Text that breaks naive code: NUL, lone surrogates, control characters, huge strings, wrong types. */
const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '\u0000',
    '\ud800',
    'a\udc00b',
    '\u001b[31m',
    "'; DROP TABLE notifications; --",
    'x'.repeat(100_000),
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.object({ maxDepth: 2 })), { maxLength: 600 }),
  fc.object({ maxDepth: 3 }),
);
const field = fc.constantFrom(
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
  'version',
  'status',
  '__proto__',
);
const hostile = (valid: () => Record<string, unknown>) =>
  fc.dictionary(field, nasty, { minKeys: 1, maxKeys: 4 }).map((changes) => ({ ...valid(), ...changes }));
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
  const routes: Array<[string, string, fc.Arbitrary<Record<string, unknown>>]> = [
    [
      'POST',
      'announcements',
      fc.oneof(
        hostile(announcement),
        hostileAudience.map((audience) => ({ ...announcement(), audience })),
      ),
    ],
    [
      'PUT',
      'me/preferences',
      fc.oneof(
        hostile(() => ({ categories: [{ category: 'SESSION', channels: ['IN_APP'], delivery: 'OFF' }] })),
        fc.array(hostileCategory, { maxLength: 6 }).map((categories) => ({ categories })),
      ),
    ],
    [
      'POST',
      'integrations/clients',
      hostile(() => ({ name: 'c', eventTypes: ['csg.notifications.webhook.disabled.v1'] })),
    ],
    [
      'POST',
      'webhooks',
      hostile(() => ({
        url: 'https://93.184.215.14/h',
        eventTypes: ['csg.notifications.webhook.disabled.v1'],
      })),
    ],
  ];

  it.each(routes)('%s %s', async (method, path, bodies) => {
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const before = await counts();
        const response = await api.call(method, path, { token: organiser, body });
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          expect(await counts()).toEqual(before);
        }
      }),
      { numRuns: 40 },
    );
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
