/** Waits before each retry (Standard Webhooks' schedule): about a day of attempts in all. */
export const WEBHOOK_RETRY_DELAYS_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000];
/** A receiver has this long to answer 2xx. */
export const WEBHOOK_TIMEOUT_MS = 15_000;
/** Retry-After is honoured up to this long; beyond it the regular schedule applies. */
const MAX_RETRY_AFTER_MS = 36_000_000;

/** What one attempt came to: an HTTP status, or no answer at all (refused, timed out, forbidden address). */
export interface AttemptResult {
  status: number | null;
  /** Seconds from a `Retry-After` header of a 429 (delta-seconds or an HTTP date, already converted). */
  retryAfterSeconds?: number | null;
}

export type DeliveryDecision =
  { kind: 'SUCCEEDED' } | { kind: 'RETRY'; at: Date } | { kind: 'GAVE_UP' } | { kind: 'ENDPOINT_GONE' };

/**
 * After attempt number `attempts` (1 = the first): a 2xx succeeded; 410 Gone disables the endpoint;
 * 429 retries after its Retry-After; anything else (other statuses, redirects, timeouts, refused
 * addresses) retries on the schedule until it is used up.
 */
export function decideAfterAttempt(result: AttemptResult, attempts: number, now: Date): DeliveryDecision {
  if (result.status !== null && result.status >= 200 && result.status < 300) return { kind: 'SUCCEEDED' };
  if (result.status === 410) return { kind: 'ENDPOINT_GONE' };
  const scheduled = WEBHOOK_RETRY_DELAYS_MS[attempts - 1];
  if (scheduled === undefined) return { kind: 'GAVE_UP' };
  const asked =
    result.status === 429 && result.retryAfterSeconds != null ? result.retryAfterSeconds * 1000 : null;
  const delay =
    asked !== null && asked >= 0 && asked <= MAX_RETRY_AFTER_MS ? Math.max(asked, 1_000) : scheduled;
  return { kind: 'RETRY', at: new Date(now.getTime() + delay) };
}

/** An endpoint that has failed without a single success for longer than `maxFailingMs` is disabled. */
export function failingTooLong(failingSince: Date | null, now: Date, maxFailingMs: number): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= maxFailingMs;
}

/** `Retry-After`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined | null, now: Date): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}
