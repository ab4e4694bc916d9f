import { randomUUID } from 'node:crypto';
import type { PersonPrincipal } from '@csg/auth';
import { SystemClock } from '@csg/domain';
import {
  MemberAdded,
  RegistrationCancelled,
  RegistrationConfirmed,
  RegistrationPromoted,
  SessionCompleted,
  SessionScheduled,
  type CloudEvent,
} from '@csg/contracts';
import {
  openNotificationsDatabase,
  type NotificationsDatabase,
} from '../../../test/notifications-database.fixture';
import { cloudEvent as event, scheduledSession } from '../../../test/session-events.fixture';
import { MemberDirectoryProjection } from '../../audiences/infrastructure/member-directory.projection';
import { MailSettings } from '../../mail/infrastructure/mail-settings';
import { MailQueueWorker } from '../../mail/infrastructure/mail-queue.worker';
import type { OutgoingMail } from '../../mail/infrastructure/mail-transport.factory';
import { SessionReactions } from '../../reactions/infrastructure/session-reactions.handler';
import { AnnouncementPublisher } from '../commands/publish-announcement/announcement.publisher';
import { PublishAnnouncementCommand } from '../commands/publish-announcement/publish-announcement.command';
import { PublishAnnouncementHandler } from '../commands/publish-announcement/publish-announcement.handler';
import { SqlAnnouncementAudience, SqlAnnouncementSchedule } from './announcement-audience.sql';
import { SqlAnnouncementRepository } from './announcement.repository';

const AGENCY = randomUUID();
const HOUR = 3_600_000;
const organiser: PersonPrincipal = {
  kind: 'person',
  sub: 'organiser-1',
  platformRoles: ['organiser'],
  memberships: [],
};

describe('SESSION_PARTICIPANTS announcements follow the participants (PostgreSQL)', () => {
  let db: NotificationsDatabase;
  let publish: PublishAnnouncementHandler;
  let mail: MailQueueWorker;
  const sent: OutgoingMail[] = [];
  const smtp = { down: false };
  const sessions = new SessionReactions();
  const members = new MemberDirectoryProjection();
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
  const handle = (fn: (tx: any) => Promise<void>) => db.unitOfWork.run(fn);

  beforeAll(async () => {
    db = await openNotificationsDatabase('notif_session_reach');
    const repository = new SqlAnnouncementRepository(db.unitOfWork);
    const clock = new SystemClock();
    const publisher = new AnnouncementPublisher(
      repository,
      new SqlAnnouncementAudience(db.unitOfWork),
      clock,
    );
    publish = new PublishAnnouncementHandler(
      db.unitOfWork,
      repository,
      new SqlAnnouncementSchedule(db.unitOfWork),
      publisher,
      clock,
    );
    mail = new MailQueueWorker(db.unitOfWork, MailSettings.fromEnv({}));
    mail.useSender(async (m) => {
      if (smtp.down) throw new Error('451 try again later');
      sent.push(m);
    });
    await q(
      `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at)
       VALUES ($1, 'x', 'x', 'FEDERAL', 'OTHER', 'ACTIVE', 1, now())`,
      [AGENCY],
    );
  });

  afterAll(async () => {
    await db?.drop();
  });

  /** A scheduled session, projected; its people made members of the agency. */
  async function sessionWith(...subs: string[]) {
    const startsAt = new Date(Date.now() + 72 * HOUR);
    const data = scheduledSession(randomUUID(), startsAt, new Date(startsAt.getTime() + 5 * HOUR));
    await handle((tx) => sessions.onSession(event(SessionScheduled.type, data) as never, tx));
    for (const sub of subs) await addMember(sub);
    return data;
  }

  const addMember = (sub: string) =>
    handle((tx) =>
      members.onMemberChanged(
        event(MemberAdded.type, {
          agencyId: AGENCY,
          memberId: randomUUID(),
          sub,
          email: `${sub}@example.gov.pk`,
          displayName: sub,
          role: 'member',
          version: 1,
          occurredAt: new Date().toISOString(),
        }) as never,
        tx,
      ),
    );

  const registration = (
    type: string,
    session: { sessionId: string; startsAt: string; endsAt: string },
    sub: string,
    status: string,
    occurredAt: Date,
    registrationId: string = randomUUID(),
  ) =>
    event(type, {
      registrationId,
      sessionId: session.sessionId,
      agencyId: AGENCY,
      sub,
      name: sub,
      email: `${sub}@example.gov.pk`,
      status,
      sessionSequence: 9,
      sessionTitle: 'Roadmaps',
      sessionStartsAt: session.startsAt,
      sessionEndsAt: session.endsAt,
      sessionTimezone: 'Asia/Karachi',
      tlp: 'TLP:AMBER+STRICT',
      occurredAt: occurredAt.toISOString(),
      ...(type === RegistrationCancelled.type ? { previousStatus: 'CONFIRMED' } : {}),
    });

  const deliver = (e: CloudEvent<unknown>) => handle((tx) => sessions.onRegistration(e as never, tx));

  const announce = async (sessionId: string, title: string) =>
    (
      await publish.execute(
        new PublishAnnouncementCommand(
          {
            title,
            body: 'Bring your laptop.',
            priority: 'NORMAL',
            tlp: 'TLP:GREEN',
            audience: { kind: 'SESSION_PARTICIPANTS', values: [sessionId] },
          },
          organiser,
        ),
      )
    ).body;

  /** Who has the announcement, one entry per notification row. */
  const holders = async (announcementId: string) =>
    (
      await q(
        `SELECT n.recipient_sub FROM notifications n JOIN notification_facts f ON f.id = n.fact_id
          WHERE f.kind = 'announcement' AND f.source_id = $1 ORDER BY n.recipient_sub`,
        [announcementId],
      )
    ).map((r: { recipient_sub: string }) => r.recipient_sub);

  const recipientCount = async (id: string) =>
    (await q(`SELECT recipient_count FROM announcements WHERE id = $1`, [id]))[0].recipient_count;

  it('someone confirmed or promoted after publishing gets it once, also when their event is handled again', async () => {
    const s = await sessionWith('late-1', 'late-2');
    const a = await announce(s.sessionId, 'Venue moved');
    expect(a.recipientCount).toBe(0);
    const confirmed = registration(RegistrationConfirmed.type, s, 'late-1', 'CONFIRMED', new Date());
    const promoted = registration(RegistrationPromoted.type, s, 'late-2', 'CONFIRMED', new Date());
    for (const e of [confirmed, promoted, confirmed, promoted]) await deliver(e);
    expect(await holders(a.id)).toEqual(['late-1', 'late-2']);
    expect(await recipientCount(a.id)).toBe(2);
  });

  it('a cancellation learnt late that happened before publishing withdraws the unread notification and its queued e-mail', async () => {
    const s = await sessionWith('gone-1', 'kept-1');
    const cancelledAt = new Date(Date.now() - 1000); // strictly before the publishing below
    const gone = registration(
      RegistrationConfirmed.type,
      s,
      'gone-1',
      'CONFIRMED',
      new Date(Date.now() - HOUR),
    );
    await deliver(gone);
    await deliver(registration(RegistrationConfirmed.type, s, 'kept-1', 'CONFIRMED', new Date()));
    const a = await announce(s.sessionId, 'Agenda changed');
    expect(await holders(a.id)).toEqual(['gone-1', 'kept-1']);
    smtp.down = true;
    await mail.tick();
    const queued = await q(
      `SELECT mq.id FROM mail_queue mq
         JOIN notifications n ON n.id = mq.notification_id JOIN notification_facts f ON f.id = n.fact_id
        WHERE f.source_id = $1 AND n.recipient_sub = 'gone-1' AND mq.status = 'PENDING'`,
      [a.id],
    );
    expect(queued).toHaveLength(1);
    await deliver(
      registration(
        RegistrationCancelled.type,
        s,
        'gone-1',
        'CANCELLED',
        cancelledAt,
        (gone.data as { registrationId: string }).registrationId,
      ),
    );
    expect(await holders(a.id)).toEqual(['kept-1']);
    expect(await recipientCount(a.id)).toBe(1);
    expect(await q(`SELECT id FROM mail_queue WHERE id = $1`, [queued[0].id])).toEqual([]);
    smtp.down = false;
    await q(`UPDATE mail_queue SET next_attempt_at = now() WHERE status = 'PENDING'`);
    await mail.tick();
    const to = sent.filter((m) => m.subject.includes('Agenda changed')).map((m) => m.to);
    expect(to).toEqual(['kept-1@example.gov.pk']);
  });

  it('a late cancellation keeps what was read, takes an e-mailed one out of the inbox only, and one after publishing withdraws nothing', async () => {
    const s = await sessionWith('read-1', 'mailed-1', 'after-1');
    const confirm = (sub: string) =>
      registration(RegistrationConfirmed.type, s, sub, 'CONFIRMED', new Date(Date.now() - HOUR));
    const [reader, mailed, stayer] = [confirm('read-1'), confirm('mailed-1'), confirm('after-1')];
    for (const e of [reader, mailed, stayer]) await deliver(e);
    // A second before publishing: the same millisecond would count as "at publishing" (kept).
    const beforePublishing = new Date(Date.now() - 1000);
    const a = await announce(s.sessionId, 'Parking');
    await mail.tick();
    expect(sent.filter((m) => m.subject.includes('Parking')).map((m) => m.to)).toContain(
      'mailed-1@example.gov.pk',
    );
    await q(
      `UPDATE notifications n SET read_at = now() FROM notification_facts f
        WHERE f.id = n.fact_id AND f.source_id = $1 AND n.recipient_sub = 'read-1'`,
      [a.id],
    );
    const idOf = (e: CloudEvent<unknown>) => (e.data as { registrationId: string }).registrationId;
    const cancel = (sub: string, e: CloudEvent<unknown>, at: Date) =>
      deliver(registration(RegistrationCancelled.type, s, sub, 'CANCELLED', at, idOf(e)));
    await cancel('read-1', reader, beforePublishing);
    await cancel('mailed-1', mailed, beforePublishing);
    await cancel('after-1', stayer, new Date());
    const rows = await q(
      `SELECT n.recipient_sub AS sub, n.in_app FROM notifications n JOIN notification_facts f ON f.id = n.fact_id
        WHERE f.source_id = $1 ORDER BY n.recipient_sub`,
      [a.id],
    );
    expect(rows).toEqual([
      { sub: 'after-1', in_app: true },
      { sub: 'mailed-1', in_app: false },
      { sub: 'read-1', in_app: true },
    ]);
    // Registering again later does not tell the e-mailed person a second time.
    await deliver(registration(RegistrationConfirmed.type, s, 'mailed-1', 'CONFIRMED', new Date()));
    expect(await holders(a.id)).toEqual(['after-1', 'mailed-1', 'read-1']);
  });

  it('nobody joins a session that has ended', async () => {
    const s = await sessionWith('too-late-1');
    const a = await announce(s.sessionId, 'Slides');
    await handle((tx) =>
      sessions.onSession(
        event(SessionCompleted.type, { ...s, status: 'COMPLETED', version: 2 }) as never,
        tx,
      ),
    );
    await deliver(registration(RegistrationConfirmed.type, s, 'too-late-1', 'CONFIRMED', new Date()));
    expect(await holders(a.id)).toEqual([]);
  });

  it('a participant whose membership is learnt after their confirmation gets it then', async () => {
    const s = await sessionWith();
    await deliver(registration(RegistrationConfirmed.type, s, 'new-member-1', 'CONFIRMED', new Date()));
    const a = await announce(s.sessionId, 'Dress code');
    expect(await holders(a.id)).toEqual([]);
    await addMember('new-member-1');
    await addMember('new-member-1');
    expect(await holders(a.id)).toEqual(['new-member-1']);
  });

  it('publishing while confirmations commit at the same time tells each confirmed person exactly once', async () => {
    const subs = Array.from({ length: 12 }, (_, i) => `race-${i}`);
    const s = await sessionWith(...subs);
    const announced = announce(s.sessionId, 'Race');
    await Promise.all([
      announced,
      ...subs.map((sub) =>
        deliver(registration(RegistrationConfirmed.type, s, sub, 'CONFIRMED', new Date())),
      ),
    ]);
    const a = await announced;
    expect(await holders(a.id)).toEqual([...subs].sort());
    expect(await recipientCount(a.id)).toBe(subs.length);
  });
});
