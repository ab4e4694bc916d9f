import { randomUUID } from 'node:crypto';
import { SystemClock } from '@csg/domain';
import {
  openNotificationsDatabase,
  type NotificationsDatabase,
} from '../../../test/notifications-database.fixture';
import {
  AnnouncementPublisher,
  ANNOUNCEMENT_JOB,
} from '../../announcements/commands/publish-announcement/announcement.publisher';
import { Announcement } from '../../announcements/domain/announcement.aggregate';
import { audienceOf } from '../../announcements/domain/audience.value-object';
import { SqlAnnouncementAudience } from '../../announcements/infrastructure/announcement-audience.sql';
import { SqlAnnouncementRepository } from '../../announcements/infrastructure/announcement.repository';
import { heldTransaction } from '@csg/messaging';
import { DueJobScheduler } from './due-job.scheduler';
import { scheduleJob } from './due-jobs';

describe('the due-time scheduler (PostgreSQL)', () => {
  let db: NotificationsDatabase;
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
  const scheduler = () => {
    const s = new DueJobScheduler(db.unitOfWork);
    s.register(
      new AnnouncementPublisher(
        new SqlAnnouncementRepository(db.unitOfWork),
        new SqlAnnouncementAudience(db.unitOfWork),
        new SystemClock(),
      ),
    );
    return s;
  };

  beforeAll(async () => {
    db = await openNotificationsDatabase('notif_scheduler');
    const agency = randomUUID();
    await q(
      `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at)
             VALUES ($1, 'x', 'x', 'FEDERAL', 'OTHER', 'ACTIVE', 1, now())`,
      [agency],
    );
    await q(
      `INSERT INTO member_directory (agency_id, sub, member_id, email, display_name, role, version, occurred_at)
       SELECT $1, 'p-' || i, gen_random_uuid(), 'p' || i || '@example.gov.pk', 'P', 'member', 1, now() FROM generate_series(1, 50) i`,
      [agency],
    );
  });

  afterAll(async () => {
    await db?.drop();
  });

  /** An announcement written and scheduled as the command does, whose time has come. */
  async function scheduledAnnouncement(title: string): Promise<string> {
    const now = new Date();
    const announcement = Announcement.create(
      {
        title,
        body: 'b',
        priority: 'NORMAL',
        audience: audienceOf('ALL', []),
        tlp: 'TLP:GREEN',
        publishAt: new Date(now.getTime() + 60_000),
      },
      'organiser-1',
      now,
    );
    const id = announcement.snapshot().id;
    await db.dataSource.transaction(async (m) => {
      await new SqlAnnouncementRepository(heldTransaction(m)).insert(announcement);
      await scheduleJob(m, ANNOUNCEMENT_JOB, id, announcement.snapshot().publishAt);
    });
    // Its time comes while no scheduler runs (the process is down): the row waits in due_jobs.
    await q(`UPDATE announcements SET publish_at = now() - interval '1 second' WHERE id = $1`, [id]);
    await q(`UPDATE due_jobs SET due_at = now() - interval '1 second' WHERE ref = $1`, [id]);
    return id;
  }

  it('a job due while no process ran is published by the next one to start, once, even with two at once', async () => {
    const id = await scheduledAnnouncement('After the restart');
    await Promise.all([scheduler().tick(), scheduler().tick()]);
    expect((await q(`SELECT status, recipient_count FROM announcements WHERE id = $1`, [id]))[0]).toEqual({
      status: 'PUBLISHED',
      recipient_count: 50,
    });
    expect(
      await q(
        `SELECT count(*)::int AS n FROM notifications n JOIN notification_facts f ON f.id = n.fact_id WHERE f.source_id = $1`,
        [id],
      ),
    ).toEqual([{ n: 50 }]);
    expect(await q(`SELECT count(*)::int AS n FROM outbox WHERE message_key = $1`, [id])).toEqual([{ n: 1 }]);
    expect(await q(`SELECT count(*)::int AS n FROM due_jobs WHERE ref = $1`, [id])).toEqual([{ n: 0 }]);
  });

  it('a failing job is retried later and does not hold up the others', async () => {
    const s = scheduler();
    s.register({ kind: 'boom', run: () => Promise.reject(new Error('kaput')) });
    await db.dataSource.transaction((m) => scheduleJob(m, 'boom', 'one', new Date(Date.now() - 2_000)));
    const id = await scheduledAnnouncement('Behind a failing job');
    await s.tick();
    const [boom] = await q(
      `SELECT attempts, last_error, due_at > now() AS later FROM due_jobs WHERE kind = 'boom'`,
    );
    expect(boom).toMatchObject({ attempts: 1, later: true });
    expect(boom.last_error).toContain('kaput');
    expect((await q(`SELECT status FROM announcements WHERE id = $1`, [id]))[0].status).toBe('PUBLISHED');
  });

  it('a job not yet due waits', async () => {
    await db.dataSource.transaction((m) =>
      scheduleJob(m, ANNOUNCEMENT_JOB, randomUUID(), new Date(Date.now() + 3600_000)),
    );
    const before = await q(`SELECT count(*)::int AS n FROM due_jobs WHERE kind = $1`, [ANNOUNCEMENT_JOB]);
    await scheduler().tick();
    expect(await q(`SELECT count(*)::int AS n FROM due_jobs WHERE kind = $1`, [ANNOUNCEMENT_JOB])).toEqual(
      before,
    );
  });
});
