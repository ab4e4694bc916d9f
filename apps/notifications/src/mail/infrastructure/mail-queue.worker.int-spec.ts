import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import {
  openNotificationsDatabase,
  type NotificationsDatabase,
} from '../../../test/notifications-database.fixture';
import { DailyDigestJob } from './daily-digest.job';
import { createMailSender } from './mail-transport.factory';
import { MailQueueWorker } from './mail-queue.worker';

interface Arrived {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port; `failNext` rejects that many messages with a 451. */
async function startSmtp() {
  const arrived: Arrived[] = [];
  const state = { failNext: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        if (state.failNext > 0) {
          state.failNext -= 1;
          const error = Object.assign(new Error('try again later'), { responseCode: 451 });
          return callback(error);
        }
        arrived.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, url: `smtp://127.0.0.1:${port}`, arrived, state };
}

describe('the e-mail queue and the daily digest (PostgreSQL, a real SMTP server)', () => {
  let db: NotificationsDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let worker: MailQueueWorker;
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);

  beforeAll(async () => {
    db = await openNotificationsDatabase('notif_mail');
    smtp = await startSmtp();
    worker = new MailQueueWorker(db.unitOfWork);
    worker.useSender(createMailSender({ SMTP_URL: smtp.url, MAIL_FROM: 'CSG <no-reply@csg.test>' }));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
    await db?.drop();
  });

  it('sends a queued message over SMTP and marks it SENT', async () => {
    await q(
      `INSERT INTO mail_queue (to_address, subject, text_body) VALUES ('a1@example.gov.pk', 'Session 9', 'Registration is open.')`,
    );
    await worker.tick();
    expect(smtp.arrived).toHaveLength(1);
    expect(smtp.arrived[0]).toMatchObject({ from: 'no-reply@csg.test', to: ['a1@example.gov.pk'] });
    expect(smtp.arrived[0].raw).toContain('Subject: Session 9');
    expect(smtp.arrived[0].raw).toContain('Registration is open.');
    expect(await q(`SELECT status, attempts FROM mail_queue`)).toEqual([{ status: 'SENT', attempts: 1 }]);
  });

  it('a refused message stays queued for a later attempt, then goes out', async () => {
    smtp.state.failNext = 1;
    const [{ id }] = await q(
      `INSERT INTO mail_queue (to_address, subject, text_body) VALUES ('a2@example.gov.pk', 'Retry me', 'x') RETURNING id`,
    );
    await worker.tick();
    const [failed] = await q(
      `SELECT status, attempts, last_error, next_attempt_at > now() AS later FROM mail_queue WHERE id = $1`,
      [id],
    );
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, later: true });
    expect(failed.last_error).toMatch(/451/);
    await q(`UPDATE mail_queue SET next_attempt_at = now() WHERE id = $1`, [id]);
    await worker.tick();
    expect(smtp.arrived.map((m) => m.to[0])).toContain('a2@example.gov.pk');
    expect((await q(`SELECT status, attempts FROM mail_queue WHERE id = $1`, [id]))[0]).toEqual({
      status: 'SENT',
      attempts: 2,
    });
  });

  it('the daily digest mails each person one message with everything waiting, once, and schedules the next', async () => {
    await q(`INSERT INTO member_directory (agency_id, sub, member_id, email, display_name, role, version, occurred_at)
             VALUES (gen_random_uuid(), 'digest-1', gen_random_uuid(), 'digest-1@example.gov.pk', 'D', 'member', 1, now())`);
    for (const title of ['Practice A published', 'Practice B published'])
      await q(
        `WITH f AS (INSERT INTO notification_facts (category, kind, source_id, title, body, priority, tlp)
                    VALUES ('EXCHANGE', 'practice.published', gen_random_uuid()::text, $1, 'Read it.', 'NORMAL', 'TLP:GREEN') RETURNING id)
         INSERT INTO notifications (recipient_sub, fact_id, in_app, email_delivery) SELECT 'digest-1', id, true, 'DIGEST' FROM f`,
        [title],
      );
    const job = new DailyDigestJob();
    await db.dataSource.transaction((m) => job.run('daily', m));
    await db.dataSource.transaction((m) => job.run('daily', m));
    await worker.tick();
    const digests = smtp.arrived.filter((m) => m.to[0] === 'digest-1@example.gov.pk');
    expect(digests).toHaveLength(1);
    expect(digests[0].raw).toContain('Practice A published');
    expect(digests[0].raw).toContain('Practice B published');
    const [next] = await q(`SELECT due_at FROM due_jobs WHERE kind = 'daily-digest'`);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Karachi',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(next.due_at);
    expect(local).toBe('08:00');
  });

  it('without SMTP_URL, mail is written as .eml files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csg-mail-'));
    await createMailSender({ MAIL_DIR: dir })({
      id: 'm-1',
      to: 'x@example.gov.pk',
      subject: 'Hello',
      text: 'Body',
    });
    expect(readdirSync(dir)).toEqual(['m-1.eml']);
    const eml = readFileSync(join(dir, 'm-1.eml'), 'utf8');
    expect(eml).toContain('To: x@example.gov.pk');
    expect(eml).toContain('Subject: Hello');
  });
});
