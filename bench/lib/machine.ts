import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

/** Idle share of all cores (idle + iowait) over a window, from /proc/stat. */
export async function sampleIdle(windowMs = 1_000): Promise<number> {
  const before = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const after = cpuTimes();
  if (!before || !after) return Number.NaN;
  const total = after.total - before.total;
  return total > 0 ? (after.idle - before.idle) / total : Number.NaN;
}

function cpuTimes(): { idle: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    // cpu user nice system idle iowait irq softirq steal (guest time is already in user)
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line
      .trim()
      .split(/\s+/)
      .slice(1, 9)
      .map(Number);
    return {
      idle: idle + iowait,
      total: user + nice + system + idle + iowait + irq + softirq + (steal || 0),
    };
  } catch {
    return null; // not Linux: idle unknown, rounds are not marked
  }
}

/** A round is contaminated when less than this share of the machine was idle just before it. */
export const IDLE_THRESHOLD = Number(process.env.BENCH_IDLE_THRESHOLD ?? 0.85);

export function describeMachine(): Record<string, unknown> {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model?.trim(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}
