import { setTimeout as delay } from 'node:timers/promises';

/** Polls `predicate` every `intervalMs` until it holds (true) or `timeoutMs` passes (false). */
export async function pollUntil(
  predicate: () => boolean,
  timeoutMs: number,
  intervalMs = 20,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (predicate()) return true;
    if (Date.now() >= deadline) return false;
    await delay(intervalMs);
  }
}
