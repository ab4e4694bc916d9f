/**
 * What one benchmark case is: a platform path and its bare baseline, measured alternately in
 * the same run. Add a case with one file in bench/cases/ and one line in bench/cases/index.ts.
 */
export interface Measurement {
  /** Requests or events per second. */
  throughput: number;
  unit: 'req/s' | 'events/s';
  p50Ms?: number;
  p99Ms?: number;
  /**
   * CPU time the server process spent per request (ms). Less disturbed by other work on the
   * machine than throughput: baseline ÷ platform estimates the ratio on a quiet machine.
   */
  serverCpuMsPerRequest?: number;
  /** Non-2xx answers or lost events: a side that errs is not a fair comparison. */
  errors?: number;
  /** Anything else worth keeping in latest.json (stages, latency at a steady rate, …). */
  extra?: Record<string, unknown>;
}

export interface Goal {
  /** platform throughput / baseline throughput must reach this. */
  ratio: number;
  /** platform p99 ≤ this × baseline p99. */
  p99Factor?: number;
  /** platform latency figure (`extra.steadyP99Ms` or p99Ms) ≤ this many ms. */
  p99MaxMs?: number;
  /** The goal in words, as in the quality plan. */
  text: string;
}

export interface RoundResult {
  baseline: Measurement;
  platform: Measurement;
}

export interface BenchContext {
  quick: boolean;
  /** Seconds of load per side per round (HTTP cases). */
  seconds: number;
  connections: number;
  /** Seconds of unmeasured warm-up per side before the first round (JIT, pools, caches). */
  warmUpSeconds: number;
  /** Compiled bench and service code (node runs files from here). */
  buildDir: string;
  /** Environment for child processes: databases, broker, log level. */
  env: NodeJS.ProcessEnv;
  /** One progress line under the table (overwritten in place on a terminal). */
  progress(message: string): void;
}

/** One case, set up once (servers, databases) and measured round after round. */
export interface CaseRun {
  round(index: number): Promise<RoundResult>;
  teardown(): Promise<void>;
}

export interface BenchCase {
  /** Short, stable: the key in latest.json (`api-write`, `event-pipeline-kafka`). */
  name: string;
  /** What the platform side does and what its baseline is. */
  title: string;
  baselineTitle: string;
  goal: Goal;
  /** Key of a resource started with `shared()` (lib/shared-resources.ts); stopped after the last case using it. */
  shares?: string;
  setup(ctx: BenchContext): Promise<CaseRun>;
}
