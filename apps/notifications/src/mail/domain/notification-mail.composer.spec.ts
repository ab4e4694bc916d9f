import { composeDigestMail, composeImmediateMail, type MailItem } from './notification-mail.composer';

const links = {
  readUrl: 'https://csg.example.gov/api/v1/me/notifications',
  unsubscribeUrl: 'https://csg.example.gov/api/v1/unsubscribe?token=abc',
};
const item = (
  tlp: MailItem['tlp'],
  title = 'Patch the VPN',
  body = 'CVE-2026-1 is exploited.',
): MailItem => ({
  category: 'ANNOUNCEMENT',
  tlp,
  title,
  body,
});
const firstLine = (text: string) => text.split('\n')[0];

describe('composing a notification e-mail', () => {
  it('green_CarriesTheLabelInTheSubjectAndFirstLine_AndTheContent', () => {
    const mail = composeImmediateMail(item('TLP:GREEN'), links, 'CyberSecureGov');
    expect(mail.subject).toBe('[TLP:GREEN] Patch the VPN');
    expect(firstLine(mail.text)).toBe('TLP:GREEN');
    expect(mail.text).toContain('CVE-2026-1 is exploited.');
    expect(mail.text).toContain(links.unsubscribeUrl);
  });

  it.each(['TLP:RED', 'TLP:AMBER+STRICT'] as const)('%s_IsANoticeWithALink_WithoutTitleOrContent', (tlp) => {
    const mail = composeImmediateMail(item(tlp), links, 'CyberSecureGov');
    expect(mail.subject).toBe(`[${tlp}] You have a ${tlp} announcement on CyberSecureGov`);
    expect(firstLine(mail.text)).toBe(tlp);
    expect(mail.text).toContain(
      `You have a ${tlp} announcement from CyberSecureGov; read it on the platform: ${links.readUrl}`,
    );
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toContain('Patch the VPN');
      expect(part).not.toContain('CVE-2026-1');
    }
  });

  it('html_EscapesTitlesAndBodies', () => {
    const mail = composeImmediateMail(
      item('TLP:CLEAR', '<script>alert(1)</script>', '<img src=x onerror=alert(1)> & "q"'),
      links,
      'CyberSecureGov',
    );
    expect(mail.html).not.toMatch(/<script|<img/);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;');
  });

  it('subject_IsOneLine_WhateverTheTitleHolds', () => {
    const mail = composeImmediateMail(item('TLP:GREEN', 'Two\r\nBcc: x@evil.test'), links, 'CSG');
    expect(mail.subject).toBe('[TLP:GREEN] Two Bcc: x@evil.test');
  });

  it('digest_IsMarkedWithItsHighestItem_AndNoticesTheRestrictedOnes', () => {
    const mail = composeDigestMail(
      [
        item('TLP:GREEN', 'Practice A'),
        item('TLP:RED', 'Secret B', 'red body'),
        item('TLP:AMBER', 'Amber C'),
      ],
      links,
      'CyberSecureGov',
    );
    expect(mail.subject).toBe('[TLP:RED] Your CyberSecureGov digest: 3 update(s)');
    expect(firstLine(mail.text)).toBe('TLP:RED');
    expect(mail.text).toContain('[TLP:GREEN] Practice A');
    expect(mail.text).toContain('[TLP:AMBER] Amber C');
    expect(mail.text).toContain('[TLP:RED] A TLP:RED announcement');
    expect(mail.text + mail.html).not.toMatch(/Secret B|red body/);
  });

  it('digest_ShortensLongBodies', () => {
    const mail = composeDigestMail([item('TLP:GREEN', 'Long', 'x'.repeat(400))], links, 'CSG');
    expect(mail.text).toContain(`${'x'.repeat(300)}…`);
    expect(mail.text).not.toContain('x'.repeat(301));
  });
});
