import { decideAfterAttempt, failingTooLong, parseRetryAfter } from './delivery-outcome.rule';

const now = new Date('2026-12-01T08:00:00.000Z');
const after = (ms: number) => new Date(now.getTime() + ms);

describe('webhook delivery outcomes', () => {
  it('a2xx_Succeeds', () => {
    expect(decideAfterAttempt({ status: 204 }, 1, now)).toEqual({ kind: 'SUCCEEDED' });
  });

  it('failures_RetryOnTheSchedule_5s_5min_30min_2h_5h_10h_ThenGiveUp', () => {
    const delays = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000];
    delays.forEach((ms, i) =>
      expect(decideAfterAttempt({ status: 500 }, i + 1, now)).toEqual({ kind: 'RETRY', at: after(ms) }),
    );
    expect(decideAfterAttempt({ status: 500 }, 7, now)).toEqual({ kind: 'GAVE_UP' });
  });

  it('noAnswerOrARedirect_IsAFailure', () => {
    expect(decideAfterAttempt({ status: null }, 1, now)).toEqual({ kind: 'RETRY', at: after(5_000) });
    expect(decideAfterAttempt({ status: 302 }, 1, now)).toEqual({ kind: 'RETRY', at: after(5_000) });
  });

  it('a429_HonoursRetryAfter', () => {
    expect(decideAfterAttempt({ status: 429, retryAfterSeconds: 120 }, 1, now)).toEqual({
      kind: 'RETRY',
      at: after(120_000),
    });
    expect(decideAfterAttempt({ status: 429 }, 2, now)).toEqual({ kind: 'RETRY', at: after(300_000) });
  });

  it('a410_DisablesTheEndpoint', () => {
    expect(decideAfterAttempt({ status: 410 }, 3, now)).toEqual({ kind: 'ENDPOINT_GONE' });
  });

  it('failingTooLong_ComparesWithTheConfiguredTime', () => {
    expect(failingTooLong(null, now, 1000)).toBe(false);
    expect(failingTooLong(new Date(now.getTime() - 999), now, 1000)).toBe(false);
    expect(failingTooLong(new Date(now.getTime() - 1000), now, 1000)).toBe(true);
  });

  it('parseRetryAfter_ReadsSecondsAndHttpDates', () => {
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter(new Date(now.getTime() + 60_000).toUTCString(), now)).toBe(60);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
