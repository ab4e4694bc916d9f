import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  NOTIFICATION_CATEGORIES,
  type NotificationCategory,
} from '../../inbox/domain/delivery-preference.rule';

/** Who may turn which categories off with a link: what an unsubscribe token proves. */
export interface UnsubscribeClaim {
  sub: string;
  categories: NotificationCategory[];
}

const PURPOSE = 'csg-unsubscribe-v1';
const PART = /^[A-Za-z0-9_-]+$/;

/**
 * One-click unsubscribe links (RFC 8058) without sign-in: `<payload>.<mac>`, the payload the
 * categories and the person (base64url), the mac an HMAC-SHA256 of purpose and payload under the
 * server's secret, compared in constant time (ADR 0054). No expiry: the link can only turn mail off.
 */
export class UnsubscribeTokens {
  constructor(private readonly secret: string) {}

  sign(claim: UnsubscribeClaim): string {
    const categories = [...new Set(claim.categories)].sort().join(',');
    const payload = Buffer.from(`${categories}\n${claim.sub}`, 'utf8').toString('base64url');
    return `${payload}.${this.mac(payload)}`;
  }

  /** The claim a token proves, or null for anything this server did not sign. */
  verify(token: string): UnsubscribeClaim | null {
    const [payload, mac, extra] = token.split('.');
    if (extra !== undefined || !PART.test(payload ?? '') || !PART.test(mac ?? '')) return null;
    const expected = Buffer.from(this.mac(payload), 'utf8');
    const given = Buffer.from(mac, 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const text = Buffer.from(payload, 'base64url').toString('utf8');
    const newline = text.indexOf('\n');
    const sub = text.slice(newline + 1);
    const categories = text.slice(0, newline).split(',');
    if (newline < 0 || sub === '' || !categories.every(isCategory)) return null;
    return { sub, categories };
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.secret).update(`${PURPOSE}\n${payload}`).digest('base64url');
  }
}

function isCategory(value: string): value is NotificationCategory {
  return (NOTIFICATION_CATEGORIES as readonly string[]).includes(value);
}
