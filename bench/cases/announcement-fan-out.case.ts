import { createPlatformEventRegistry } from '@csg/contracts';
import { SystemClock } from '@csg/domain';
import { OutboxWriter, UnitOfWork } from '@csg/messaging';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase } from '../../libs/testing/src/postgres/test-database';
import { AnnouncementPublisher } from '../../apps/notifications/src/announcements/commands/publish-announcement/announcement.publisher';
import { Announcement } from '../../apps/notifications/src/announcements/domain/announcement.aggregate';
import { audienceOf } from '../../apps/notifications/src/announcements/domain/audience.value-object';
import { SqlAnnouncementAudience } from '../../apps/notifications/src/announcements/infrastructure/announcement-audience.sql';
import { SqlAnnouncementRepository } from '../../apps/notifications/src/announcements/infrastructure/announcement.repository';
import { NOTIFICATIONS_OUTBOX } from '../../apps/notifications/src/notifications.outbox';
import { NOTIFICATIONS_MIGRATIONS } from '../../apps/notifications/src/notifications.migrations';
import type { BenchCase, Measurement } from '../lib/bench-case';

const AGENCIES = 200;

/**
 * Announcement fan-out: an organiser's announcement to ALL published the way the service does it
 * (one INSERT … SELECT of every recipient's inbox row over the projected members and agencies,
 * with their preferences, the immediate e-mails queued set-based, the outbox event), against one
 * bare set-based INSERT … SELECT of as many rows into a plain inbox table, in the same database.
 */
export const announcementFanOutCase: BenchCase = {
  name: 'announcement-fan-out',
  title:
    'announcement to ALL: inbox rows for every member (set-based, with preferences, e-mail queue and outbox)',
  baselineTitle: 'one bare INSERT … SELECT of the same number of inbox rows',
  goal: { ratio: 0.5, text: 'inbox rows written in ≤ 2× the set-based baseline (ratio ≥ 0.50)' },
  async setup(ctx) {
    const members = ctx.quick ? 20_000 : 100_000;
    const database = await createTestDatabase('bench_fanout');
    const dataSource = createServiceDataSource({
      name: 'bench-fanout',
      url: database.url,
      entities: [],
      migrations: NOTIFICATIONS_MIGRATIONS,
    });
    await dataSource.initialize();
    await runMigrations(dataSource, { log: () => undefined, progressBar: false });
    ctx.progress(`fan-out: seeding ${members} members in ${AGENCIES} agencies`);
    await dataSource.query(
      `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at)
       SELECT md5('agency' || i)::uuid, 'Agency ' || i, 'A' || i, 'FEDERAL', 'OTHER', 'ACTIVE', 1, now() FROM generate_series(1, $1) i`,
      [AGENCIES],
    );
    await dataSource.query(
      `INSERT INTO member_directory (agency_id, sub, member_id, email, display_name, role, version, occurred_at)
       SELECT md5('agency' || (i % $2 + 1))::uuid, 'person-' || i, gen_random_uuid(), 'person-' || i || '@example.gov.pk', 'P', 'member', 1, now()
         FROM generate_series(1, $1) i`,
      [members, AGENCIES],
    );
    await dataSource.query(`CREATE TABLE bench_inbox (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), recipient_sub text NOT NULL,
      title text NOT NULL, body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
    await dataSource.query('ANALYZE');
    const unitOfWork = new UnitOfWork(
      dataSource,
      new OutboxWriter(createPlatformEventRegistry(), '/csg/notifications'),
      NOTIFICATIONS_OUTBOX,
    );
    const repository = new SqlAnnouncementRepository(unitOfWork);
    const publisher = new AnnouncementPublisher(
      repository,
      new SqlAnnouncementAudience(unitOfWork),
      new SystemClock(),
    );
    const reset = () => dataSource.query('TRUNCATE bench_inbox, notifications, mail_queue, outbox');

    const baseline = async (): Promise<Measurement> => {
      await reset();
      const started = process.hrtime.bigint();
      await dataSource.query(
        `INSERT INTO bench_inbox (recipient_sub, title, body)
         SELECT DISTINCT m.sub, 'Session 9', 'Registration is open.' FROM member_directory m`,
      );
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      return {
        throughput: (members / ms) * 1000,
        unit: 'events/s',
        extra: { ms: Math.round(ms), rows: members },
      };
    };
    const platform = async (): Promise<Measurement> => {
      await reset();
      const started = process.hrtime.bigint();
      let count = 0;
      await unitOfWork.run(async () => {
        const now = new Date();
        const announcement = Announcement.create(
          {
            title: 'Session 9',
            body: 'Registration is open.',
            priority: 'NORMAL',
            audience: audienceOf('ALL', []),
            tlp: 'TLP:GREEN',
          },
          'bench-organiser',
          now,
        );
        await repository.insert(announcement);
        await publisher.publish(announcement, now);
        count = announcement.snapshot().recipientCount ?? 0;
      });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const errors = count === members ? 0 : Math.abs(members - count);
      return {
        throughput: (members / ms) * 1000,
        unit: 'events/s',
        errors,
        extra: { ms: Math.round(ms), rows: count },
      };
    };
    return {
      async round(index) {
        ctx.progress(`fan-out: round ${index + 1}`);
        if (index % 2 === 0) {
          const b = await baseline();
          return { baseline: b, platform: await platform() };
        }
        const p = await platform();
        return { baseline: await baseline(), platform: p };
      },
      async teardown() {
        await dataSource.destroy();
        await database.drop();
      },
    };
  },
};
