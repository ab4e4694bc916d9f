import type { NotificationCategory } from '../../inbox/domain/delivery-preference.rule';
import { UnsubscribeTokens } from '../domain/unsubscribe-token';

const DEVELOPMENT_SECRET = 'csg-development-unsubscribe-secret-do-not-use-in-production';

/**
 * What e-mails link to and sign with: `PUBLIC_BASE_URL` (the API's public address, default
 * `http://localhost:3000`) and `MAIL_UNSUBSCRIBE_SECRET` (32+ characters; outside production a
 * fixed development secret stands in, a production process refuses to start without one).
 */
export class MailSettings {
  readonly platformName = 'CyberSecureGov';

  constructor(
    readonly publicBaseUrl: string,
    readonly unsubscribeTokens: UnsubscribeTokens,
  ) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): MailSettings {
    const base = (env.PUBLIC_BASE_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, '');
    return new MailSettings(base, new UnsubscribeTokens(unsubscribeSecret(env)));
  }

  /** Where a recipient reads their notifications (the inbox applies the read rule when they do). */
  readUrl(): string {
    return `${this.publicBaseUrl}/api/v1/me/notifications`;
  }

  /** The one-click link (RFC 8058) that turns `categories` off for `sub`. */
  unsubscribeUrl(sub: string, categories: NotificationCategory[]): string {
    const token = this.unsubscribeTokens.sign({ sub, categories });
    return `${this.publicBaseUrl}/api/v1/unsubscribe?token=${token}`;
  }
}

function unsubscribeSecret(env: NodeJS.ProcessEnv): string {
  const secret = env.MAIL_UNSUBSCRIBE_SECRET;
  if (secret !== undefined && secret !== '') {
    if (secret.length < 32) throw new Error('MAIL_UNSUBSCRIBE_SECRET must be at least 32 characters');
    return secret;
  }
  if (env.NODE_ENV === 'production')
    throw new Error(
      'MAIL_UNSUBSCRIBE_SECRET is required in production (unsubscribe links are signed with it)',
    );
  return DEVELOPMENT_SECRET;
}
