import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BenchCase, Measurement, RoundResult } from './bench-case';
import { median, round, spread } from './stats';

export interface RoundRecord extends RoundResult {
  index: number;
  /** Share of the machine idle just before the round (0..1). */
  idle: number;
  contaminated: boolean;
  ratio: number;
}

export interface SideSummary {
  throughput: number;
  p50Ms?: number;
  p99Ms?: number;
  serverCpuMsPerRequest?: number;
}

export interface CaseSummary {
  title: string;
  baselineTitle: string;
  unit: Measurement['unit'];
  platform: SideSummary;
  baseline: SideSummary;
  ratio: number;
  goal: BenchCase['goal'];
  met: boolean;
  /**
   * Baseline server CPU per request ÷ platform server CPU per request (HTTP cases): what the
   * ratio would be if both were CPU-bound on a quiet machine; far steadier on a busy one.
   */
  cpuRatio?: number;
  /** (max − min) / median of the rounds' ratios. */
  spread: number;
  /** At least one round ran while the machine was busy with other work. */
  contaminated: boolean;
  rounds: RoundRecord[];
  error?: string;
}

export interface BenchReport {
  at: string;
  mode: 'full' | 'quick';
  machine: Record<string, unknown>;
  cases: Record<string, CaseSummary>;
}

const side = (ms: Measurement[]) => {
  const p50 = ms.map((m) => m.p50Ms).filter((v): v is number => v !== undefined);
  const p99 = ms.map((m) => m.p99Ms).filter((v): v is number => v !== undefined);
  const cpu = ms.map((m) => m.serverCpuMsPerRequest).filter((v): v is number => v !== undefined);
  return {
    throughput: round(median(ms.map((m) => m.throughput))),
    ...(cpu.length ? { serverCpuMsPerRequest: round(median(cpu), 3) } : {}),
    ...(p50.length ? { p50Ms: round(median(p50), 1) } : {}),
    ...(p99.length ? { p99Ms: round(median(p99), 1) } : {}),
  };
};

/** Median of the rounds per side, the ratio of the medians, and whether the goal is met. */
export function summarise(benchCase: BenchCase, rounds: RoundRecord[]): CaseSummary {
  const platform = side(rounds.map((r) => r.platform));
  const baseline = side(rounds.map((r) => r.baseline));
  const ratio = round(platform.throughput / baseline.throughput, 3);
  const goal = benchCase.goal;
  const p99Ok =
    (goal.p99Factor === undefined ||
      (platform.p99Ms !== undefined &&
        baseline.p99Ms !== undefined &&
        platform.p99Ms <= goal.p99Factor * baseline.p99Ms)) &&
    (goal.p99MaxMs === undefined || (platform.p99Ms !== undefined && platform.p99Ms <= goal.p99MaxMs));
  return {
    title: benchCase.title,
    baselineTitle: benchCase.baselineTitle,
    unit: rounds[0].platform.unit,
    platform,
    baseline,
    ratio,
    ...(platform.serverCpuMsPerRequest && baseline.serverCpuMsPerRequest
      ? { cpuRatio: round(baseline.serverCpuMsPerRequest / platform.serverCpuMsPerRequest, 3) }
      : {}),
    goal,
    met: ratio >= goal.ratio && p99Ok,
    spread: round(spread(rounds.map((r) => r.ratio)), 3),
    contaminated: rounds.some((r) => r.contaminated),
    rounds,
  };
}

const fmt = (n: number | undefined, digits = 0) =>
  n === undefined || !Number.isFinite(n)
    ? '—'
    : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const cell = (s: { throughput: number; p99Ms?: number }, unit: string) =>
  `${fmt(s.throughput)} ${unit}${s.p99Ms !== undefined ? `, p99 ${fmt(s.p99Ms, 1)} ms` : ''}`;

/** The results as a Markdown table (the terminal shows the same table). */
export function table(report: BenchReport): string {
  const lines = [
    '| case | platform | bare baseline | ratio | goal | met | spread | rounds | ratio by server CPU/request |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, c] of Object.entries(report.cases)) {
    if (c.error) {
      lines.push(
        `| \`${name}\` | failed: ${c.error.split('\n')[0].slice(0, 80)} | | | ${c.goal.text} | no | | | |`,
      );
      continue;
    }
    const clean = c.rounds.filter((r) => !r.contaminated).length;
    lines.push(
      `| \`${name}\` | ${cell(c.platform, c.unit)} | ${cell(c.baseline, c.unit)} | ${fmt(c.ratio, 2)} | ${c.goal.text} | ${c.met ? 'yes' : 'no'} | ±${fmt(c.spread * 50, 0)}% | ${c.rounds.length}${clean < c.rounds.length ? ` (${c.rounds.length - clean} contaminated)` : ''} | ${c.cpuRatio !== undefined ? `${fmt(c.cpuRatio, 2)} (${fmt(c.platform.serverCpuMsPerRequest, 3)} vs ${fmt(c.baseline.serverCpuMsPerRequest, 3)} ms)` : '—'} |`,
    );
  }
  return lines.join('\n');
}

export function writeReport(path: string, report: BenchReport): void {
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

/** The committed results (HEAD's bench/results/latest.json), else the file on disk, else none. */
export function committedReport(path: string): BenchReport | undefined {
  try {
    return JSON.parse(
      execFileSync('git', ['show', `HEAD:${path}`], { stdio: ['ignore', 'pipe', 'ignore'] }).toString(),
    );
  } catch {
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as BenchReport) : undefined;
  }
}

/** One warning line per case whose ratio fell by more than `threshold` against the reference. */
export function regressions(
  report: BenchReport,
  reference: BenchReport | undefined,
  threshold = 0.3,
  referencePath = 'bench/results/latest.json',
): string[] {
  if (!reference) return [];
  const warnings: string[] = [];
  for (const [name, c] of Object.entries(report.cases)) {
    const before = reference.cases[name];
    if (!before || before.error || c.error || !(before.ratio > 0)) continue;
    const change = (c.ratio - before.ratio) / before.ratio;
    if (change < -threshold) {
      warnings.push(
        `WARNING: ${name} ratio regressed ${fmt(-change * 100)}%: ${fmt(c.ratio, 2)} now, ${fmt(before.ratio, 2)} in the committed ${referencePath} (${before.contaminated || c.contaminated ? 'a run was contaminated; re-run on a quiet machine' : 'both runs clean'})`,
      );
    }
  }
  return warnings;
}

const START = '<!-- bench:latest:start -->';
const END = '<!-- bench:latest:end -->';

/** Replaces the generated section of docs/benchmarks.md with this run's table and machine. */
export function updateDocs(path: string, report: BenchReport): boolean {
  if (!existsSync(path)) return false;
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  const m = report.machine;
  const section = [
    START,
    '',
    `Run ${report.at} (\`npm run bench\`, ${report.mode}), machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.postgres ?? 'PostgreSQL'}.`,
    '',
    table(report),
    '',
    END,
  ].join('\n');
  writeFileSync(path, text.slice(0, start) + section + text.slice(end + END.length));
  return true;
}
