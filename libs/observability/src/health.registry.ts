import { Injectable } from '@nestjs/common';

export interface HealthResult {
  ok: boolean;
  detail: string;
}

export type HealthCheck = () => Promise<HealthResult> | HealthResult;

/** Every part of the process (databases, transport, consumers, relays) registers its readiness check here. */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();

  register(name: string, check: HealthCheck): void {
    this.checks.set(name, check);
  }

  async readiness(timeoutMs = 3_000): Promise<{ ok: boolean; checks: Record<string, HealthResult> }> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]) => [name, await runCheck(check, timeoutMs)] as const),
    );
    return { ok: entries.every(([, r]) => r.ok), checks: Object.fromEntries(entries) };
  }
}

async function runCheck(check: HealthCheck, timeoutMs: number): Promise<HealthResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      Promise.resolve(check()),
      new Promise<HealthResult>((resolve) => {
        timer = setTimeout(() => resolve({ ok: false, detail: `no answer in ${timeoutMs} ms` }), timeoutMs);
      }),
    ]);
  } catch (error) {
    return { ok: false, detail: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
