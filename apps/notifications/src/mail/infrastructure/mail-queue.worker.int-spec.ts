import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { TlpMarking } from '@csg/auth';
import {
  openNotificationsDatabase,
  type NotificationsDatabase,
} from '../../../test/notifications-database.fixture';
import {
  header,
  startSmtpReceiver,
  type ArrivedMail,
  type SmtpReceiver,
} from '../../../test/smtp-receiver.fixture';
import { fanOut } from '../../inbox/infrastructure/notification-fan-out.writer';
import { PreferencesRepository } from '../../inbox/infrastructure/preferences.repository';
import { UnsubscribeCommand } from '../commands/unsubscribe/unsubscribe.command';
import { UnsubscribeHandler } from '../commands/unsubscribe/unsubscribe.handler';
import { DailyDigestJob } from './daily-digest.job';
import { MailSettings } from './mail-settings';
import { createMailSender } from './mail-transport.factory';
import { MailQueueWorker } from './mail-queue.worker';

const BASE_URL = 'https://csg.example.gov';
const SECRET = 'an-integration-test-secret-of-32-characters';

describe('the e-mail queue and the daily digest (PostgreSQL, a real SMTP server)', () => {
  let db: NotificationsDatabase;
  let smtp: SmtpReceiver;
  let worker: MailQueueWorker;
  const settings = MailSettings.fromEnv({ PUBLIC_BASE_URL: `${BASE_URL}/`, MAIL_UNSUBSCRIBE_SECRET: SECRET });
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
  const mailsTo = (sub: string) => smtp.arrived.filter((m) => m.to[0] === `${sub}@example.gov.pk`);
  const parsed = (mail: ArrivedMail): Promise<ParsedMail> => simpleParser(mail.raw);

  /** An ACTIVE agency with these people as members (`<sub>@example.gov.pk`). */
  async function agencyWith(...subs: string[]): Promise<string> {
    const [{ id }] = await q(
      `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at)
       VALUES (gen_random_uuid(), 'A', 'A', 'FEDERAL', 'OTHER', 'ACTIVE', 1, now()) RETURNING agency_id AS id`,
    );
    for (const sub of subs)
      await q(
        `INSERT INTO member_directory (agency_id, sub, member_id, email, display_name, role, version, occurred_at)
         VALUES ($1, $2, gen_random_uuid(), $2 || '@example.gov.pk', $2, 'member', 1, now())`,
        [id, sub],
      );
    return id;
  }

  /** A fact told to `subs` through the real fan-out writer (marked, owned by `agency`). */
  async function tell(
    subs: string[],
    fact: { title: string; body?: string; tlp?: TlpMarking; agency?: string | null; digest?: boolean },
  ): Promise<void> {
    await db.dataSource.transaction((m) =>
      fanOut(
        m,
        {
          category: fact.digest ? 'EXCHANGE' : 'ANNOUNCEMENT',
          kind: 'announcement',
          sourceId: `${fact.title}-${Math.random()}`,
          title: fact.title,
          body: fact.body ?? 'Read it.',
          urgent: false,
          tlp: fact.tlp ?? 'TLP:GREEN',
          ownerAgencyId: fact.agency ?? null,
          sharedWithAgencyIds: [],
          recipientSubs: fact.tlp === 'TLP:RED' ? subs : [],
        },
        { sql: 'SELECT unnest($1::text[]) AS sub', params: [subs] },
      ),
    );
  }

  beforeAll(async () => {
    db = await openNotificationsDatabase('notif_mail');
    smtp = await startSmtpReceiver();
    worker = new MailQueueWorker(db.unitOfWork, settings);
    worker.useSender(createMailSender({ SMTP_URL: smtp.url, MAIL_FROM: 'CSG <no-reply@csg.test>' }));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
    await db?.drop();
  });

  it('sends a queued message over SMTP and marks it SENT', async () => {
    await agencyWith('a1');
    await tell(['a1'], { title: 'Session 9', body: 'Registration is open.' });
    await worker.tick();
    expect(mailsTo('a1')).toHaveLength(1);
    expect(mailsTo('a1')[0]).toMatchObject({ from: 'no-reply@csg.test', to: ['a1@example.gov.pk'] });
    const mail = await parsed(mailsTo('a1')[0]);
    expect(mail.subject).toBe('[TLP:GREEN] Session 9');
    expect(mail.text).toContain('Registration is open.');
    expect(await q(`SELECT status, attempts, to_address FROM mail_queue WHERE recipient_sub = 'a1'`)).toEqual(
      [{ status: 'SENT', attempts: 1, to_address: 'a1@example.gov.pk' }],
    );
  });

  it('a refused message stays queued for a later attempt, then goes out', async () => {
    smtp.state.failNext = 1;
    await agencyWith('a2');
    await tell(['a2'], { title: 'Retry me' });
    await worker.tick();
    const [failed] = await q(
      `SELECT id, status, attempts, last_error, next_attempt_at > now() AS later FROM mail_queue WHERE recipient_sub = 'a2'`,
    );
    expect(failed).toMatchObject({ status: 'PENDING', attempts: 1, later: true });
    expect(failed.last_error).toMatch(/451/);
    await q(`UPDATE mail_queue SET next_attempt_at = now() WHERE id = $1`, [failed.id]);
    await worker.tick();
    expect(mailsTo('a2')).toHaveLength(1);
    expect((await q(`SELECT status, attempts FROM mail_queue WHERE id = $1`, [failed.id]))[0]).toEqual({
      status: 'SENT',
      attempts: 2,
    });
  });

  it('GREEN goes in full; AMBER+STRICT and RED go as notices: marked subject and first line, no title or body', async () => {
    const agency = await agencyWith('m1');
    await tell(['m1'], { title: 'Green <b>news</b>', body: 'Patch <script>x()</script> & reboot', agency });
    await tell(['m1'], { title: 'Strict title', body: 'strict body', tlp: 'TLP:AMBER+STRICT', agency });
    await tell(['m1'], { title: 'Red title', body: 'red body', tlp: 'TLP:RED', agency });
    await worker.tick();
    const mails = await Promise.all(mailsTo('m1').map(parsed));
    expect(mails.map((m) => m.subject).sort()).toEqual([
      '[TLP:AMBER+STRICT] You have a TLP:AMBER+STRICT announcement on CyberSecureGov',
      '[TLP:GREEN] Green <b>news</b>',
      '[TLP:RED] You have a TLP:RED announcement on CyberSecureGov',
    ]);
    for (const mail of mails) {
      const marking = /^\[(TLP:[A-Z+]+)\]/.exec(mail.subject ?? '')![1];
      expect((mail.text ?? '').split('\n')[0]).toBe(marking);
      expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
      expect(mail.html).toBeTruthy();
      expect(header(mail, 'auto-submitted')).toBe('auto-generated');
      expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(header(mail, 'list-unsubscribe')).toMatch(
        new RegExp(`^<${BASE_URL}/api/v1/unsubscribe\\?token=[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+>$`),
      );
    }
    const green = mails.find((m) => m.subject?.startsWith('[TLP:GREEN]'))!;
    expect(green.text).toContain('Patch <script>x()</script> & reboot');
    expect(green.html).toContain('Patch &lt;script&gt;x()&lt;/script&gt; &amp; reboot');
    expect(green.html).toContain('Green &lt;b&gt;news&lt;/b&gt;');
    expect(green.html).not.toMatch(/<script|<b>news/);
    for (const notice of mails.filter((m) => m !== green)) {
      const everything = `${notice.subject}\n${notice.text}\n${notice.html}`;
      expect(everything).not.toMatch(/Strict title|strict body|Red title|red body/);
      expect(notice.text).toContain(`read it on the platform: ${BASE_URL}/api/v1/me/notifications`);
    }
  });

  it("the one-click link's token turns that category OFF for that person, and no one else", async () => {
    await agencyWith('u1', 'u2');
    await tell(['u1', 'u2'], { title: 'Unsubscribe me' });
    await worker.tick();
    const link = header(await parsed(mailsTo('u1')[0]), 'list-unsubscribe')!;
    const token = new URL(link.slice(1, -1)).searchParams.get('token')!;
    const handler = new UnsubscribeHandler(db.unitOfWork, settings);
    expect(await handler.execute(new UnsubscribeCommand(token))).toEqual({
      categories: ['ANNOUNCEMENT'],
      delivery: 'OFF',
    });
    const preferences = new PreferencesRepository(db.dataSource.manager);
    expect((await preferences.of('u1')).find((p) => p.category === 'ANNOUNCEMENT')?.delivery).toBe('OFF');
    expect((await preferences.of('u2')).find((p) => p.category === 'ANNOUNCEMENT')?.delivery).toBe(
      'IMMEDIATE',
    );
    await tell(['u1', 'u2'], { title: 'After unsubscribing' });
    await worker.tick();
    expect(mailsTo('u1')).toHaveLength(1);
    expect(mailsTo('u2')).toHaveLength(2);
  });

  it('access is checked when sending: a removed member, or one whose agency is suspended, gets nothing', async () => {
    const kept = await agencyWith('stay');
    const left = await agencyWith('leaver');
    const suspended = await agencyWith('suspended-member');
    await tell(['stay', 'leaver', 'suspended-member'], { title: 'Queued before they left' });
    await tell(['stay', 'leaver'], {
      title: 'Strict, owned by the kept agency',
      tlp: 'TLP:AMBER+STRICT',
      agency: kept,
    });
    // Queued; before the worker sends, one person leaves and one agency is suspended.
    await q(`UPDATE member_directory SET removed = true WHERE agency_id = $1`, [left]);
    await q(`UPDATE agency_directory SET status = 'SUSPENDED' WHERE agency_id = $1`, [suspended]);
    await worker.tick();
    expect(mailsTo('stay')).toHaveLength(2);
    expect(mailsTo('leaver')).toEqual([]);
    expect(mailsTo('suspended-member')).toEqual([]);
    expect(
      await q(
        `SELECT recipient_sub, status FROM mail_queue WHERE recipient_sub IN ('leaver', 'suspended-member') ORDER BY 1`,
      ),
    ).toEqual([{ recipient_sub: 'suspended-member', status: 'WITHHELD' }]);
  });

  it('the daily digest mails each person one message with everything waiting, once, and schedules the next', async () => {
    await agencyWith('digest-1');
    for (const title of ['Practice A published', 'Practice B published'])
      await tell(['digest-1'], { title, digest: true });
    const job = new DailyDigestJob();
    await db.dataSource.transaction((m) => job.run('daily', m));
    await db.dataSource.transaction((m) => job.run('daily', m));
    await worker.tick();
    const digests = mailsTo('digest-1');
    expect(digests).toHaveLength(1);
    const digest = await parsed(digests[0]);
    expect(digest.subject).toBe('[TLP:GREEN] Your CyberSecureGov digest: 2 update(s)');
    expect(digest.text).toContain('[TLP:GREEN] Practice A published');
    expect(digest.text).toContain('[TLP:GREEN] Practice B published');
    const [next] = await q(`SELECT due_at FROM due_jobs WHERE kind = 'daily-digest'`);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Karachi',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(next.due_at);
    expect(local).toBe('08:00');
  });

  it('the digest is marked with its highest item, notices its RED item, and drops what the person may no longer read', async () => {
    const own = await agencyWith('digest-2');
    const other = await agencyWith('digest-2-colleague');
    await q(
      `INSERT INTO member_directory (agency_id, sub, member_id, email, display_name, role, version, occurred_at)
       VALUES ($1, 'digest-2', gen_random_uuid(), 'digest-2@example.gov.pk', 'D', 'member', 1, now())`,
      [other],
    );
    await tell(['digest-2'], { title: 'Green item', digest: true });
    await tell(['digest-2'], { title: 'Red item', body: 'red secret', tlp: 'TLP:RED', digest: true });
    await tell(['digest-2'], {
      title: 'Other agency strict',
      tlp: 'TLP:AMBER+STRICT',
      agency: other,
      digest: true,
    });
    await tell(['digest-2'], { title: 'Own agency amber', tlp: 'TLP:AMBER', agency: own, digest: true });
    await q(`UPDATE member_directory SET removed = true WHERE agency_id = $1 AND sub = 'digest-2'`, [other]);
    await db.dataSource.transaction((m) => new DailyDigestJob().run('daily', m));
    await worker.tick();
    const [digest] = await Promise.all(mailsTo('digest-2').map(parsed));
    expect(digest.subject).toBe('[TLP:RED] Your CyberSecureGov digest: 3 update(s)');
    expect((digest.text ?? '').split('\n')[0]).toBe('TLP:RED');
    expect(digest.text).toContain('[TLP:GREEN] Green item');
    expect(digest.text).toContain('[TLP:AMBER] Own agency amber');
    expect(digest.text).toContain('[TLP:RED] A TLP:RED best-practice notification');
    expect(`${digest.text}${digest.html}`).not.toMatch(/Red item|red secret|Other agency strict/);
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
