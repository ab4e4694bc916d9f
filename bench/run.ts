/**
 * The one place performance is measured: every case in bench/cases/index.ts, its bare baseline
 * and the platform alternately in the same run, three rounds each, median and spread.
 *
 *   npm run bench                      all cases, full length; writes bench/results/latest.json and docs/benchmarks.md
 *   npm run bench:quick                the same cases, short (under 3 minutes); writes bench/results/quick.json
 *   npm run bench -- --only api-read   some cases (comma-separated names)
 *   npm run bench -- --rounds 5        more rounds
 *
 * PostgreSQL and Kafka are found or started as the tests do (127.0.0.1:5432 else embedded;
 * KAFKA_BROKERS else the project's broker). Before each round the machine's idle share is
 * sampled from /proc/stat; a round started below BENCH_IDLE_THRESHOLD (0.85) is contaminated.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { ensureKafkaForTests } from '../libs/testing/src/kafka/ensure-kafka';
import { ensureTestPostgres } from '../libs/testing/src/postgres/ensure-test-postgres';
import { BENCH_CASES } from './cases';
import type { BenchContext, CaseRun } from './lib/bench-case';
import { describeMachine, IDLE_THRESHOLD, sampleIdle } from './lib/machine';
import { stopShared, stopSharedResources } from './lib/shared-resources';
import {
  committedReport,
  regressions,
  summarise,
  table,
  updateDocs,
  writeReport,
  type BenchReport,
  type RoundRecord,
} from './lib/report';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const rounds = Number(option('rounds') ?? 3);
const only = option('only')?.split(',');
const tty = process.stdout.isTTY === true;

function progress(message: string): void {
  if (!tty) return;
  const width = Math.max(40, (process.stdout.columns ?? 100) - 1);
  process.stdout.write(`\r\x1b[K${message.slice(0, width)}`);
}

function say(message: string): void {
  if (tty) process.stdout.write('\r\x1b[K');
  process.stdout.write(`${message}\n`);
}

async function postgresVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    return `PostgreSQL ${rows[0].v}`;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const cases = BENCH_CASES.filter((c) => !only || only.includes(c.name));
  if (cases.length === 0) throw new Error(`no case named ${only?.join(', ')}`);
  const started: Array<{ stop(): Promise<void> }> = [];
  let current: CaseRun | undefined;
  // Interrupted (Ctrl-C, CI timeout): stop the servers and drop the databases before leaving.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      say(`\n${signal}: cleaning up`);
      void (async () => {
        await current?.teardown().catch(() => undefined);
        await stopSharedResources();
        for (const s of started.reverse()) await s.stop().catch(() => undefined);
        process.exit(130);
      })();
    });
  }
  const postgres = await ensureTestPostgres();
  started.push(postgres);
  if (cases.some((c) => c.name.includes('kafka'))) started.push(await ensureKafkaForTests());
  const ctx: BenchContext = {
    quick,
    seconds: Number(option('seconds') ?? (quick ? 3 : 10)),
    connections: Number(option('connections') ?? 50),
    warmUpSeconds: quick ? 1 : 3,
    buildDir: resolve(__dirname, '..'),
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    progress,
  };
  const report: BenchReport = {
    at: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: { ...describeMachine(), postgres: await postgresVersion(postgres.adminUrl) },
    cases: {},
  };
  say(`bench (${report.mode}): ${cases.map((c) => c.name).join(', ')}; ${rounds} rounds each`);
  try {
    for (const benchCase of cases) {
      const records: RoundRecord[] = [];
      let run: CaseRun | undefined;
      try {
        progress(`${benchCase.name}: setting up`);
        run = await benchCase.setup(ctx);
        current = run;
        for (let index = 0; index < rounds; index++) {
          progress(`${benchCase.name}: round ${index + 1}/${rounds}: sampling idle time`);
          const idle = await sampleIdle(quick ? 500 : 1_000);
          const contaminated = Number.isFinite(idle) && idle < IDLE_THRESHOLD;
          progress(`${benchCase.name}: round ${index + 1}/${rounds} (idle ${(idle * 100).toFixed(0)}%)`);
          const result = await run.round(index);
          const ratio = result.platform.throughput / result.baseline.throughput;
          records.push({ index, idle, contaminated, ratio, ...result });
          say(
            `${benchCase.name} round ${index + 1}/${rounds}: platform ${result.platform.throughput.toFixed(0)} ${result.platform.unit}` +
              `${result.platform.p99Ms !== undefined ? ` (p99 ${result.platform.p99Ms} ms)` : ''}, baseline ${result.baseline.throughput.toFixed(0)}` +
              `${result.baseline.p99Ms !== undefined ? ` (p99 ${result.baseline.p99Ms} ms)` : ''}, ratio ${ratio.toFixed(2)}` +
              `${result.platform.errors || result.baseline.errors ? `, errors ${result.platform.errors ?? 0}/${result.baseline.errors ?? 0}` : ''}` +
              `${result.platform.serverCpuMsPerRequest !== undefined ? `, server CPU/request ${result.platform.serverCpuMsPerRequest.toFixed(3)} vs ${result.baseline.serverCpuMsPerRequest?.toFixed(3)} ms` : ''}` +
              `, idle before ${(idle * 100).toFixed(0)}%${contaminated ? ' CONTAMINATED' : ''}`,
          );
        }
        report.cases[benchCase.name] = summarise(benchCase, records);
      } catch (error) {
        say(`${benchCase.name} failed: ${(error as Error).message}`);
        report.cases[benchCase.name] = {
          ...(records.length ? summarise(benchCase, records) : ({} as never)),
          title: benchCase.title,
          baselineTitle: benchCase.baselineTitle,
          goal: benchCase.goal,
          met: false,
          rounds: records,
          error: (error as Error).message,
        };
      } finally {
        current = undefined;
        await run?.teardown().catch((error: unknown) => say(`${benchCase.name} teardown: ${String(error)}`));
        const later = cases.slice(cases.indexOf(benchCase) + 1);
        if (benchCase.shares && !later.some((c) => c.shares === benchCase.shares))
          await stopShared(benchCase.shares);
      }
    }
  } finally {
    await stopSharedResources();
    for (const s of started.reverse()) await s.stop().catch(() => undefined);
  }
  say(`\n${table(report)}\n`);
  mkdirSync('bench/results', { recursive: true });
  const file = quick ? 'bench/results/quick.json' : 'bench/results/latest.json';
  // A run is compared with the committed run of its own mode (quick cases use shorter rounds and
  // smaller data sets, so their ratios differ from a full run's); the full one when there is none.
  const referencePath =
    quick && committedReport('bench/results/quick.json')
      ? 'bench/results/quick.json'
      : 'bench/results/latest.json';
  const reference = committedReport(referencePath);
  writeReport(only ? `bench/results/${report.mode}-partial.json` : file, report);
  for (const warning of regressions(report, reference, 0.3, referencePath)) say(warning);
  if (!quick && !only && updateDocs('docs/benchmarks.md', report)) {
    // The generated table is formatted like every other Markdown file (lint checks it).
    try {
      execFileSync(
        process.execPath,
        [require.resolve('prettier/bin/prettier.cjs'), '--write', 'docs/benchmarks.md'],
        {
          stdio: 'ignore',
        },
      );
    } catch {
      say('docs/benchmarks.md: run `npx prettier --write docs/benchmarks.md` before committing');
    }
    say('docs/benchmarks.md updated');
  }
  if (Object.values(report.cases).some((c) => c.contaminated))
    say('Some rounds ran on a busy machine (idle below threshold before the round): figures are low.');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${(error as Error).stack}\n`);
    process.exit(1);
  },
);
