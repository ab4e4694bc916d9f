import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createTransport } from 'nodemailer';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** Sends one e-mail or throws (the queue retries). */
export type MailSender = (mail: OutgoingMail) => Promise<void>;

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
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mail.id}@cybersecuregov>`,
      });
    };
  }
  const dir = resolve(env.MAIL_DIR ?? join('.data', 'mail'));
  const writer = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return async (mail) => {
    const info = await writer.sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: `<${mail.id}@cybersecuregov>`,
    });
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${mail.id}.eml`), info.message as Buffer);
  };
}
