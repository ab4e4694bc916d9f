/** Waits between e-mail attempts: a failing SMTP server gets about three hours before we give up. */
export const MAIL_RETRY_DELAYS_MS = [30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000];

/** When to try again after `attempts` failed attempts; null once the retries are used up. */
export function nextMailAttemptAt(attempts: number, now: Date): Date | null {
  const delay = MAIL_RETRY_DELAYS_MS[attempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay);
}
