import { simpleParser } from 'mailparser';
import { waitFor } from '@csg/testing/wait-for';
import { NotificationsTestPlatform } from './notifications-platform.fixture';
import { header, startSmtpReceiver, type SmtpReceiver } from './smtp-receiver.fixture';

const PUBLIC_BASE_URL = 'https://csg.example.gov';
const ENV = {
  SMTP_URL: '',
  PUBLIC_BASE_URL,
  MAIL_UNSUBSCRIBE_SECRET: 'an-e2e-test-secret-of-at-least-32-chars',
};

describe('e-mail as an exit (embedded platform, a real SMTP server, HTTP)', () => {
  let api: NotificationsTestPlatform;
  let smtp: SmtpReceiver;
  let organiser: string;
  let agency: string;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    for (const [name, value] of Object.entries({ ...ENV, SMTP_URL: smtp.url })) {
      saved[name] = process.env[name];
      process.env[name] = value;
    }
    api = await NotificationsTestPlatform.start('notif_mailexit');
    organiser = await api.token('mail-organiser', ['organiser']);
    agency = await api.agencyWithMembers(organiser, [{ sub: 'mx-1' }, { sub: 'mx-2' }]);
  });

  afterAll(async () => {
    await api?.stop();
    await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  });

  const announce = (body: Record<string, unknown>) =>
    api.call('POST', 'announcements', {
      token: organiser,
      body: { body: 'Patch <b>now</b> & reboot', priority: 'NORMAL', ...body },
    });
  const mailsTo = (sub: string) =>
    Promise.all(
      smtp.arrived.filter((m) => m.to.includes(`${sub}@example.gov.pk`)).map((m) => simpleParser(m.raw)),
    );
  const announcementDelivery = async (sub: string) =>
    (await api.call('GET', 'me/preferences', { token: await api.token(sub) })).body.categories.find(
      (c: { category: string }) => c.category === 'ANNOUNCEMENT',
    ).delivery;
  /** The link of the e-mail, on this test's server (the path and token are what the e-mail says). */
  const onThisServer = (link: string) => link.replace(PUBLIC_BASE_URL, api.baseUrl);

  it('GREEN, AMBER+STRICT and RED announcements arrive marked; the restricted ones as notices; the one-click link turns announcements OFF', async () => {
    const audience = { kind: 'AGENCIES', values: [agency] };
    for (const [title, tlp] of [
      ['Green <title>', 'TLP:GREEN'],
      ['Strict title', 'TLP:AMBER+STRICT'],
      ['Red title', 'TLP:RED'],
    ])
      expect(
        (await announce({ title, tlp, audience, ...(tlp === 'TLP:RED' ? { recipientSubs: ['mx-1'] } : {}) }))
          .status,
      ).toBe(201);
    const mails = await waitFor(async () => ((await mailsTo('mx-1')).length === 3 ? mailsTo('mx-1') : null), {
      what: 'three e-mails to mx-1',
    });
    expect(mails.map((m) => m.subject).sort()).toEqual([
      '[TLP:AMBER+STRICT] You have a TLP:AMBER+STRICT announcement on CyberSecureGov',
      '[TLP:GREEN] Green <title>',
      '[TLP:RED] You have a TLP:RED announcement on CyberSecureGov',
    ]);
    for (const mail of mails) {
      expect(mail.text?.split('\n')[0]).toBe(/^\[([^\]]+)\]/.exec(mail.subject!)![1]);
      expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
      expect(header(mail, 'auto-submitted')).toBe('auto-generated');
      expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(header(mail, 'list-unsubscribe')).toMatch(
        /^<https:\/\/csg\.example\.gov\/api\/v1\/unsubscribe\?token=/,
      );
    }
    const green = mails.find((m) => m.subject!.includes('GREEN'))!;
    expect(green.html).toContain('Green &lt;title&gt;');
    expect(green.html).toContain('Patch &lt;b&gt;now&lt;/b&gt; &amp; reboot');
    for (const notice of mails.filter((m) => m !== green))
      expect(`${notice.subject}${notice.text}${notice.html}`).not.toMatch(/Strict title|Red title|Patch/);

    const link = onThisServer(header(green, 'list-unsubscribe')!.slice(1, -1));
    // A browser or a link scanner opening it gets a page and changes nothing.
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<form method="post"');
    expect(await announcementDelivery('mx-1')).toBe('IMMEDIATE');
    // The mail provider's one-click POST: no credentials, a form body.
    const posted = await fetch(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    expect(await posted.json()).toEqual({ categories: ['ANNOUNCEMENT'], delivery: 'OFF' });
    expect(await announcementDelivery('mx-1')).toBe('OFF');
    expect(await announcementDelivery('mx-2')).toBe('IMMEDIATE');
    const form = new FormData();
    form.set('List-Unsubscribe', 'One-Click');
    expect((await fetch(link, { method: 'POST', body: form })).status).toBe(200);
  });

  it('a link that does not verify is a 4xx problem and changes nothing', async () => {
    const [mail] = await waitFor(async () => ((await mailsTo('mx-2')).length > 0 ? mailsTo('mx-2') : null), {
      what: 'an e-mail to mx-2',
    });
    const token = new URL(header(mail, 'list-unsubscribe')!.slice(1, -1)).searchParams.get('token')!;
    const [payload, mac] = token.split('.');
    const forged = `${Buffer.from('ANNOUNCEMENT\nmx-2').toString('base64url')}.${mac.slice(0, -2)}AA`;
    for (const bad of [forged, `${payload}.${mac}x`, 'not-a-token', ''])
      for (const method of ['GET', 'POST']) {
        const response = await fetch(`${api.baseUrl}/api/v1/unsubscribe?token=${encodeURIComponent(bad)}`, {
          method,
        });
        expect({ bad, method, status: response.status }).toEqual({
          bad,
          method,
          status: bad === forged || bad === `${payload}.${mac}x` ? 422 : 400,
        });
        expect(response.headers.get('content-type')).toContain('application/problem+json');
      }
    expect(await announcementDelivery('mx-2')).toBe('IMMEDIATE');
  });
});
