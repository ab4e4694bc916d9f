import { randomUUID } from 'node:crypto';
import {
  openNotificationsDatabase,
  type NotificationsDatabase,
} from '../../../test/notifications-database.fixture';
import { audienceOf } from '../../announcements/domain/audience.value-object';
import { markingNarrowsTheAudience } from '../../announcements/domain/announcement-marking.rule';
import { audienceRecipients } from '../../audiences/infrastructure/audience.sql';
import { deliveryPlanFor, type CategoryPreference } from '../domain/delivery-preference.rule';
import { fanOut } from './notification-fan-out.writer';

const A = randomUUID();
const B = randomUUID();
const S = randomUUID();

describe('the set-based fan-out (PostgreSQL)', () => {
  let db: NotificationsDatabase;
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
  const rowsOf = async (sourceId: string) =>
    (await q(
      `SELECT n.recipient_sub AS sub, n.in_app, n.email_delivery FROM notifications n JOIN notification_facts f ON f.id = n.fact_id
        WHERE f.source_id = $1 ORDER BY n.recipient_sub`,
      [sourceId],
    )) as Array<{ sub: string; in_app: boolean; email_delivery: string }>;

  const spec = (sourceId: string, urgent = false) => ({
    category: 'ANNOUNCEMENT' as const,
    kind: 'announcement',
    sourceId,
    title: 't',
    body: 'b',
    urgent,
    tlp: 'TLP:GREEN' as const,
    ownerAgencyId: null,
    sharedWithAgencyIds: [],
    recipientSubs: [],
  });

  beforeAll(async () => {
    db = await openNotificationsDatabase('notif_fanout');
    await q(
      `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at) VALUES
       ($1, 'A', 'A', 'FEDERAL', 'EDUCATION', 'ACTIVE', 1, now()), ($2, 'B', 'B', 'PROVINCIAL', 'HEALTH', 'SUSPENDED', 1, now())`,
      [A, B],
    );
    for (const [agency, sub, removed] of [
      [A, 'a1', false],
      [A, 'a2', false],
      [A, 'a3', false],
      [A, 'gone', true],
      [B, 'b1', false],
    ])
      await q(
        `INSERT INTO member_directory (agency_id, sub, member_id, email, display_name, role, removed, version, occurred_at)
         VALUES ($1, $2, gen_random_uuid(), $2 || '@example.gov.pk', $2, 'member', $3, 1, now())`,
        [agency, sub, removed],
      );
    await q(
      `INSERT INTO session_participants (registration_id, session_id, agency_id, sub, email, name, status, version) VALUES
       (gen_random_uuid(), $1, $2, 'a1', 'a1@x', 'a1', 'CONFIRMED', 1), (gen_random_uuid(), $1, $2, 'a2', 'a2@x', 'a2', 'WAITLISTED', 1)`,
      [S, A],
    );
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('the audience is members of ACTIVE agencies, removals and suspended agencies excluded; participants by session', async () => {
    const all = audienceOf('ALL', []);
    expect(
      await fanOut(
        db.dataSource.manager,
        spec('all-1'),
        audienceRecipients(all, markingNarrowsTheAudience('TLP:GREEN', all)),
      ),
    ).toBe(3);
    const sessions = audienceOf('SESSION_PARTICIPANTS', [S]);
    expect(
      await fanOut(
        db.dataSource.manager,
        spec('ses-1'),
        audienceRecipients(sessions, markingNarrowsTheAudience('TLP:GREEN', sessions)),
      ),
    ).toBe(1);
    expect((await rowsOf('ses-1')).map((r) => r.sub)).toEqual(['a1']);
  });

  it("plans each person's delivery in SQL exactly as the domain rule does, for every preference", async () => {
    const choices: CategoryPreference[] = [
      { category: 'ANNOUNCEMENT', channels: ['IN_APP'], delivery: 'IMMEDIATE' },
      { category: 'ANNOUNCEMENT', channels: ['EMAIL'], delivery: 'DAILY_DIGEST' },
      { category: 'ANNOUNCEMENT', channels: [], delivery: 'OFF' },
    ];
    const subs = ['a1', 'a2', 'a3'];
    for (const [i, c] of choices.entries())
      await q(
        `INSERT INTO notification_preferences (sub, category, channels, delivery, updated_at) VALUES ($1, $2, $3, $4, now())`,
        [subs[i], c.category, c.channels, c.delivery],
      );
    const all = audienceOf('ALL', []);
    for (const urgent of [false, true]) {
      const source = `plan-${urgent}`;
      await fanOut(
        db.dataSource.manager,
        spec(source, urgent),
        audienceRecipients(all, markingNarrowsTheAudience('TLP:GREEN', all)),
      );
      const expected = subs
        .map((sub, i) => ({ sub, plan: deliveryPlanFor(choices[i], urgent) }))
        .filter((x) => x.plan !== null)
        .map((x) => ({ sub: x.sub, in_app: x.plan!.inApp, email_delivery: x.plan!.email }));
      expect(await rowsOf(source)).toEqual(expected);
    }
  });

  it('the same fact twice tells nobody the second time, and queues its immediate e-mails as one FANOUT row', async () => {
    const all = audienceOf('ALL', []);
    const recipients = audienceRecipients(all, markingNarrowsTheAudience('TLP:GREEN', all));
    await q(`DELETE FROM notification_preferences`);
    expect(await fanOut(db.dataSource.manager, spec('twice'), recipients)).toBe(3);
    expect(await fanOut(db.dataSource.manager, spec('twice'), recipients)).toBe(0);
    const fanouts = await q(
      `SELECT kind, fanout_last_seq - fanout_first_seq + 1 AS span FROM mail_queue WHERE subject = 't' AND fanout_fact_id = (SELECT id FROM notification_facts WHERE source_id = 'twice')`,
    );
    expect(fanouts).toEqual([{ kind: 'FANOUT', span: '3' }]);
  });
});
