import type { BenchCase, Measurement } from './bench-case';
import { regressions, summarise, table, type BenchReport, type RoundRecord } from './report';
import { median, spread } from './stats';

const benchCase: BenchCase = {
  name: 'api-write',
  title: 'platform',
  baselineTitle: 'bare',
  goal: { ratio: 0.6, p99Factor: 2, text: '≥ 0.60, p99 ≤ 2×' },
  setup: async () => ({ round: async () => ({}) as never, teardown: async () => undefined }),
};

const side = (throughput: number, p99Ms: number, cpu?: number): Measurement => ({
  throughput,
  unit: 'req/s',
  p99Ms,
  ...(cpu ? { serverCpuMsPerRequest: cpu } : {}),
});

const round = (index: number, platform: Measurement, baseline: Measurement, idle = 0.95): RoundRecord => ({
  index,
  idle,
  contaminated: idle < 0.85,
  ratio: platform.throughput / baseline.throughput,
  platform,
  baseline,
});

describe('bench report', () => {
  it('takes the median of each side, the ratio of the medians and checks ratio and p99 goals', () => {
    const summary = summarise(benchCase, [
      round(0, side(600, 20, 0.4), side(1000, 12, 0.2)),
      round(1, side(700, 22, 0.5), side(1000, 11, 0.2)),
      round(2, side(650, 30, 0.4), side(1100, 13, 0.2)),
    ]);
    expect(summary.platform).toMatchObject({ throughput: 650, p99Ms: 22 });
    expect(summary.baseline).toMatchObject({ throughput: 1000, p99Ms: 12 });
    expect(summary.ratio).toBe(0.65);
    expect(summary.cpuRatio).toBe(0.5);
    expect(summary.met).toBe(true);
    expect(summary.contaminated).toBe(false);
  });

  it('misses the goal when p99 exceeds its factor, and marks a run with a busy round contaminated', () => {
    const summary = summarise(benchCase, [
      round(0, side(700, 40), side(1000, 12)),
      round(1, side(700, 40), side(1000, 12), 0.5),
    ]);
    expect(summary.met).toBe(false);
    expect(summary.contaminated).toBe(true);
    expect(
      table({ at: 'now', mode: 'full', machine: {}, cases: { 'api-write': summary } } as BenchReport),
    ).toContain('2 (1 contaminated)');
  });

  it('warns when a ratio fell more than 30% below the committed results, and only then', () => {
    const report = (ratio: number) =>
      ({
        at: 'x',
        mode: 'full',
        machine: {},
        cases: { 'api-read': { ratio, rounds: [] } },
      }) as unknown as BenchReport;
    expect(regressions(report(0.3), report(0.5))).toEqual([
      expect.stringMatching(/^WARNING: api-read ratio regressed 40%/),
    ]);
    expect(regressions(report(0.4), report(0.5))).toEqual([]);
    expect(regressions(report(0.1), undefined)).toEqual([]);
    expect(regressions(report(0.3), report(0.5), 0.3, 'bench/results/quick.json')).toEqual([
      expect.stringContaining('in the committed bench/results/quick.json'),
    ]);
  });

  it('computes median and spread', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(spread([0.9, 1, 1.1])).toBeCloseTo(0.2);
  });
});
