import escapeHtml from 'escape-html';
import type { TlpMarking } from '@csg/auth';
import type { NotificationCategory } from '../../inbox/domain/delivery-preference.rule';
import { highestMarking, isSentAsNotice, markedSubject } from './mail-marking.rule';

/** One notification as the recipient may read it at the moment of sending. */
export interface MailItem {
  category: NotificationCategory;
  title: string;
  body: string;
  tlp: TlpMarking;
}

export interface MailLinks {
  /** Where the recipient reads the items on the platform (signed in). */
  readUrl: string;
  /** The one-click link that turns these categories off (ADR 0054). */
  unsubscribeUrl: string;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

interface Section {
  marking: TlpMarking;
  title: string;
  text: string;
}

const NOUN: Record<NotificationCategory, string> = {
  ANNOUNCEMENT: 'announcement',
  SESSION: 'session notification',
  EXCHANGE: 'best-practice notification',
  AGENCY: 'agency notification',
};
const DIGEST_EXCERPT = 300;

/**
 * One notification by e-mail (ADR 0053): its marking first in the subject and in the body (FIRST
 * TLP 2.0); TLP:RED and TLP:AMBER+STRICT only as a notice with a link, never the title or content.
 */
export function composeImmediateMail(item: MailItem, links: MailLinks, platform: string): ComposedMail {
  const notice = isSentAsNotice(item.tlp);
  const subject = notice ? `You have a ${item.tlp} ${NOUN[item.category]} on ${platform}` : item.title;
  const section = notice
    ? noticeOf(item, links, platform)
    : { marking: item.tlp, title: item.title, text: item.body };
  return render(item.tlp, subject, [section], links, platform);
}

/** The daily digest: marked with the highest of its items; each item marked, notices for the restricted. */
export function composeDigestMail(
  items: readonly MailItem[],
  links: MailLinks,
  platform: string,
): ComposedMail {
  const marking = highestMarking(items.map((i) => i.tlp));
  const sections = items.map((item) =>
    isSentAsNotice(item.tlp)
      ? noticeOf(item, links, platform)
      : { marking: item.tlp, title: item.title, text: excerpt(item.body) },
  );
  return render(marking, `Your ${platform} digest: ${items.length} update(s)`, sections, links, platform);
}

function noticeOf(item: MailItem, links: MailLinks, platform: string): Section {
  return {
    marking: item.tlp,
    title: `A ${item.tlp} ${NOUN[item.category]}`,
    text:
      `You have a ${item.tlp} ${NOUN[item.category]} from ${platform}; read it on the platform: ` +
      `${links.readUrl}\nIts content is not sent by e-mail.`,
  };
}

function excerpt(body: string): string {
  return body.length > DIGEST_EXCERPT ? `${body.slice(0, DIGEST_EXCERPT)}…` : body;
}

function render(
  marking: TlpMarking,
  subject: string,
  sections: Section[],
  links: MailLinks,
  platform: string,
): ComposedMail {
  const marked = markedSubject(marking, subject.replace(/\s+/g, ' ').trim());
  const text = [
    marking,
    ...sections.map((s) => `[${s.marking}] ${s.title}\n\n${s.text}`),
    `--\nRead on ${platform}: ${links.readUrl}\nStop these e-mails: ${links.unsubscribeUrl}`,
  ].join('\n\n');
  const html = [
    `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(marked)}</title></head><body>`,
    `<p>${label(marking)}</p>`,
    ...sections.map(
      (s) =>
        `<h2 style="font-size:1.1em">${label(s.marking)} ${escapeHtml(s.title)}</h2>` +
        `<p style="white-space:pre-wrap">${escapeHtml(s.text)}</p>`,
    ),
    `<hr><p><a href="${escapeHtml(links.readUrl)}">Read on ${escapeHtml(platform)}</a> · ` +
      `<a href="${escapeHtml(links.unsubscribeUrl)}">Stop these e-mails</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject: marked, text, html };
}

/** FIRST's colours for the label: on black, RED #FF2B2B, AMBER #FFC000, GREEN #33FF00, CLEAR white. */
const COLOUR: Record<TlpMarking, string> = {
  'TLP:RED': '#FF2B2B',
  'TLP:AMBER+STRICT': '#FFC000',
  'TLP:AMBER': '#FFC000',
  'TLP:GREEN': '#33FF00',
  'TLP:CLEAR': '#FFFFFF',
};

function label(marking: TlpMarking): string {
  return `<strong style="color:${COLOUR[marking]};background:#000000;padding:0 4px">${escapeHtml(marking)}</strong>`;
}
