import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport, type SendMailOptions } from 'nodemailer';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  /** The same message as HTML (escaped); sent as multipart/alternative with the text. */
  html?: string;
  /** RFC 8058 one-click unsubscribe (an https URL in production). */
  unsubscribeUrl?: string;
}

/** Sends one e-mail or throws (the queue retries). */
export type MailSender = (mail: OutgoingMail) => Promise<void>;

/**
 * What mail clients and providers expect of a platform's notifications (ADR 0054): text and HTML
 * alternatives, `List-Unsubscribe` with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`
 * (RFC 8058), `Auto-Submitted: auto-generated` (RFC 3834) so that nobody's auto-responder answers,
 * and Exchange's equivalent of the latter.
 */
function messageOf(from: string, mail: OutgoingMail): SendMailOptions {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    ...(mail.unsubscribeUrl ? { list: { unsubscribe: mail.unsubscribeUrl } } : {}),
    headers: {
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
      ...(mail.unsubscribeUrl ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
    },
    messageId: `<${mail.id}@cybersecuregov>`,
  };
}

/**
 * `SMTP_URL` set: nodemailer over SMTP (e.g. `smtp://user:pass@mail.gov.pk:587`). Unset (the
 * embedded default): each message is written to `MAIL_DIR` (default `./.data/mail/`) as an
 * `.eml` file a mail client opens.
 */
export function createMailSender(env: NodeJS.ProcessEnv = process.env): MailSender {
  const from = env.MAIL_FROM ?? 'CyberSecureGov <no-reply@cybersecuregov.example>';
  if (env.SMTP_URL) {
    const transport = createTransport(env.SMTP_URL);
    return async (mail) => {
      await transport.sendMail(messageOf(from, mail));
    };
  }
  const dir = resolve(env.MAIL_DIR ?? join('.data', 'mail'));
  const writer = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return async (mail) => {
    const info = await writer.sendMail(messageOf(from, mail));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${mail.id}.eml`), info.message as Buffer);
  };
}
