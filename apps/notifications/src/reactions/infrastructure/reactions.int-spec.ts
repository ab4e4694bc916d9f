import { randomUUID } from 'node:crypto';
import {
  CommentPosted,
  PracticePublished,
  PracticeRejected,
  RegistrationConfirmed,
  AssessmentReviewed,
  CampaignOpened,
  ProfileTargetReached,
  RoadmapItemDue,
  SessionCancelled,
  SessionScheduled,
} from '@csg/contracts';
import {
  openNotificationsDatabase,
  type NotificationsDatabase,
} from '../../../test/notifications-database.fixture';
import { cloudEvent as event, scheduledSession } from '../../../test/session-events.fixture';
import { ExchangeReactions } from './exchange-reactions.handler';
import { MaturityReactions } from './maturity-reactions.handler';
import { SessionReactions } from './session-reactions.handler';
import { SessionReminderJob } from './session-reminder.job';

const STARTS = new Date(Date.now() + 3 * 86400_000);
const A = randomUUID();
const B = randomUUID();

describe('reactions to sessions and exchange events (PostgreSQL)', () => {
  let db: NotificationsDatabase;
  const sessions = new SessionReactions();
  const exchange = new ExchangeReactions();
  const maturity = new MaturityReactions();
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
  const inbox = async (sub: string) =>
    (await q(
      `SELECT f.kind, f.title FROM notifications n JOIN notification_facts f ON f.id = n.fact_id WHERE n.recipient_sub = $1 ORDER BY n.seq`,
      [sub],
    )) as Array<{
      kind: string;
      title: string;
    }>;
  /** Handles an event as the inbox consumer does: inside one unit of work. */
  const handle = (fn: (tx: any) => Promise<void>) => db.unitOfWork.run(fn);

  beforeAll(async () => {
    db = await openNotificationsDatabase('notif_reactions');
    for (const [agency, status] of [
      [A, 'ACTIVE'],
      [B, 'ACTIVE'],
    ])
      await q(
        `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at) VALUES ($1, 'x', 'x', 'FEDERAL', 'OTHER', $2, 1, now())`,
        [agency, status],
      );
    for (const [agency, sub, role] of [
      [A, 'author-a', 'member'],
      [A, 'admin-a', 'agency-admin'],
      [A, 'member-a', 'member'],
      [B, 'member-b', 'member'],
    ])
      await q(
        `INSERT INTO member_directory (agency_id, sub, member_id, email, display_name, role, version, occurred_at)
         VALUES ($1, $2, gen_random_uuid(), $2 || '@example.gov.pk', $2, $3, 1, now())`,
        [agency, sub, role],
      );
  });

  afterAll(async () => {
    await db?.drop();
  });

  const session = (overrides: Record<string, unknown> = {}) =>
    scheduledSession(
      '5e5e5e5e-5e5e-4e5e-8e5e-5e5e5e5e5e5e',
      STARTS,
      new Date(STARTS.getTime() + 3600_000),
      overrides,
    );

  it('a confirmed registration tells its participant, once even when the event is redelivered', async () => {
    const s = session();
    await handle((tx) => sessions.onSession(event(SessionScheduled.type, s) as never, tx));
    const confirmed = event(RegistrationConfirmed.type, {
      registrationId: randomUUID(),
      sessionId: s.sessionId,
      agencyId: A,
      sub: 'member-a',
      name: 'Member A',
      email: 'member-a@example.gov.pk',
      status: 'CONFIRMED',
      sessionSequence: 9,
      sessionTitle: 'Roadmaps',
      sessionStartsAt: s.startsAt,
      sessionEndsAt: s.endsAt,
      sessionTimezone: 'Asia/Karachi',
      tlp: 'TLP:AMBER+STRICT',
      occurredAt: new Date().toISOString(),
    });
    await handle((tx) => sessions.onRegistration(confirmed as never, tx));
    await handle((tx) => sessions.onRegistration(confirmed as never, tx));
    expect(await inbox('member-a')).toEqual([
      { kind: 'registration.confirmed', title: 'Your seat at Session 9: Roadmaps is confirmed' },
    ]);
    const [job] = await q(`SELECT due_at FROM due_jobs WHERE kind = 'session-reminder'`);
    expect(new Date(s.startsAt).getTime() - job.due_at.getTime()).toBe(86400_000);
  });

  it('the reminder goes to confirmed participants 24 h before, once', async () => {
    const s = session();
    const ref = `${s.sessionId}|${s.startsAt}`;
    const job = new SessionReminderJob();
    await db.dataSource.transaction((m) => job.run(ref, m));
    await db.dataSource.transaction((m) => job.run(ref, m));
    expect((await inbox('member-a')).filter((n) => n.kind === 'session.reminder')).toEqual([
      { kind: 'session.reminder', title: 'Tomorrow: Session 9: Roadmaps' },
    ]);
  });

  it('a cancelled session tells its registered participants and drops the reminder; an older event changes nothing', async () => {
    await handle((tx) =>
      sessions.onSession(
        event(
          SessionCancelled.type,
          session({ status: 'CANCELLED', cancellationReason: 'Flooding', version: 3 }),
        ) as never,
        tx,
      ),
    );
    await handle((tx) =>
      sessions.onSession(event(SessionScheduled.type, session({ version: 2 })) as never, tx),
    );
    expect((await inbox('member-a')).map((n) => n.kind)).toContain('session.cancelled');
    expect(await q(`SELECT count(*)::int AS n FROM due_jobs WHERE kind = 'session-reminder'`)).toEqual([
      { n: 0 },
    ]);
    expect(await inbox('member-b')).toEqual([]);
  });

  const practice = (overrides: Record<string, unknown> = {}) => ({
    practiceId: randomUUID(),
    ownerAgencyId: A,
    tlp: 'TLP:GREEN',
    sharedWithAgencyIds: [],
    recipientSubs: [],
    authorSub: 'author-a',
    status: 'PUBLISHED',
    version: 2,
    frameworkRefs: ['PR.AA'],
    sessionId: null,
    title: 'MFA everywhere',
    summary: 'How we rolled out MFA.',
    occurredAt: new Date().toISOString(),
    ...overrides,
  });

  it('a published practice reaches everyone who may read it, in the digest by default', async () => {
    await handle((tx) => exchange.onPublished(event(PracticePublished.type, practice()) as never, tx));
    const strict = practice({ tlp: 'TLP:AMBER+STRICT', title: 'Internal baseline' });
    await handle((tx) => exchange.onPublished(event(PracticePublished.type, strict) as never, tx));
    expect((await inbox('member-b')).map((n) => n.title)).toEqual(['New practice: MFA everywhere']);
    expect((await inbox('admin-a')).map((n) => n.title)).toEqual([
      'New practice: MFA everywhere',
      'New practice: Internal baseline',
    ]);
    const [row] = await q(
      `SELECT n.email_delivery FROM notifications n JOIN notification_facts f ON f.id = n.fact_id
       WHERE n.recipient_sub = 'member-b' AND f.kind = 'practice.published'`,
    );
    expect(row.email_delivery).toBe('DIGEST');
  });

  it('a TLP:RED practice reaches its named recipients and its agency-admins only, without content', async () => {
    const red = practice({
      tlp: 'TLP:RED',
      recipientSubs: ['member-b'],
      title: undefined,
      summary: undefined,
    });
    await handle((tx) => exchange.onPublished(event(PracticePublished.type, red) as never, tx));
    const told = await q(
      `SELECT n.recipient_sub, f.title FROM notifications n JOIN notification_facts f ON f.id = n.fact_id
       WHERE f.source_id = $1 ORDER BY n.recipient_sub`,
      [`${red.practiceId}@2`],
    );
    expect(told).toEqual([
      { recipient_sub: 'admin-a', title: 'A practice was shared with you' },
      { recipient_sub: 'member-b', title: 'A practice was shared with you' },
    ]);
  });

  it("a rejection goes to the author; a comment to the owning agency's members but not its writer", async () => {
    const p = practice({ status: 'REJECTED', reason: 'Too vague', scope: 'SUBMISSION' });
    await handle((tx) => exchange.onRejected(event(PracticeRejected.type, p) as never, tx));
    expect((await inbox('author-a')).map((n) => n.kind)).toContain('practice.rejected');
    const comment = {
      practiceId: p.practiceId,
      ownerAgencyId: A,
      tlp: 'TLP:GREEN',
      sharedWithAgencyIds: [],
      recipientSubs: [],
      commentId: randomUUID(),
      parentId: null,
      authorSub: 'member-a',
      body: 'Nice',
      occurredAt: new Date().toISOString(),
    };
    await handle((tx) => exchange.onComment(event(CommentPosted.type, comment) as never, tx));
    const told = await q(
      `SELECT n.recipient_sub FROM notifications n JOIN notification_facts f ON f.id = n.fact_id
       WHERE f.kind = 'comment.posted' ORDER BY n.recipient_sub`,
    );
    expect(told.map((r: any) => r.recipient_sub)).toEqual(['admin-a', 'author-a']);
  });

  describe('maturity', () => {
    const told = async (kind: string) =>
      (
        await q(
          `SELECT n.recipient_sub, n.email_delivery FROM notifications n JOIN notification_facts f ON f.id = n.fact_id
            WHERE f.kind = $1 ORDER BY n.recipient_sub`,
          [kind],
        )
      ).map((r: any) => `${r.recipient_sub}:${r.email_delivery}`);
    const now = new Date().toISOString();

    it('a campaign opened reaches the admins of the agencies in its audience', async () => {
      const data = {
        campaignId: randomUUID(),
        name: 'CSF 2026',
        frameworkId: 'nist-csf-2.0',
        opensAt: now,
        closesAt: now,
        sessionIds: [],
        audience: { kind: 'ALL', values: [] },
        tlp: 'TLP:GREEN',
        version: 1,
        occurredAt: now,
      };
      await handle((tx) => maturity.onCampaignOpened(event(CampaignOpened.type, data) as never, tx));
      expect(await told('campaign.opened')).toEqual(['admin-a:IMMEDIATE']);
    });

    it("a reviewed assessment reaches its agency's admins, under its marking", async () => {
      const data = {
        assessmentId: randomUUID(),
        agencyId: A,
        campaignId: randomUUID(),
        frameworkId: 'nist-csf-2.0',
        status: 'REVIEWED',
        answered: 10,
        actorSub: 'org',
        sharedWithAgencyIds: [],
        tlp: 'TLP:AMBER+STRICT',
        version: 3,
        occurredAt: now,
      };
      await handle((tx) => maturity.onAssessmentReviewed(event(AssessmentReviewed.type, data) as never, tx));
      expect(await told('assessment.reviewed')).toEqual(['admin-a:IMMEDIATE']);
    });

    it('a roadmap item due reaches its owner, or the admins when it has none', async () => {
      const item = (ownerSub: string | null) => ({
        itemId: randomUUID(),
        agencyId: A,
        title: 'MFA',
        ownerSub,
        dueOn: '2026-12-10',
        daysBefore: 7,
        status: 'PLANNED',
        tlp: 'TLP:AMBER+STRICT',
        occurredAt: now,
      });
      await handle((tx) =>
        maturity.onRoadmapItemDue(event(RoadmapItemDue.type, item('member-a')) as never, tx),
      );
      await handle((tx) => maturity.onRoadmapItemDue(event(RoadmapItemDue.type, item(null)) as never, tx));
      expect(await told('roadmap.item-due')).toEqual(['admin-a:IMMEDIATE', 'member-a:IMMEDIATE']);
    });

    it("a target reached reaches the agency's members, in the daily digest", async () => {
      const data = {
        assessmentId: randomUUID(),
        agencyId: A,
        campaignId: randomUUID(),
        subcategoryId: 'PR.AA-01',
        current: 3,
        target: 3,
        tlp: 'TLP:AMBER+STRICT',
        occurredAt: now,
      };
      await handle((tx) => maturity.onTargetReached(event(ProfileTargetReached.type, data) as never, tx));
      expect(await told('profile.target-reached')).toEqual([
        'admin-a:DIGEST',
        'author-a:DIGEST',
        'member-a:DIGEST',
      ]);
    });
  });
});
