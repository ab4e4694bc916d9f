import { join } from 'node:path';
import type { BenchCase, Measurement } from '../lib/bench-case';
import { runJsonChild } from '../lib/processes';

interface PipelineResult {
  baselineEventsPerSecond: number;
  platformEventsPerSecond: number;
  stages: Record<string, number>;
  steady: { rate: number; p50Ms: number; p99Ms: number; samples: number };
}

/**
 * The event pipeline (bench/event-pipeline.bench.ts, one child process per round: the bare
 * transport, then commit → outbox → relay → transport → inbox + projection, then the latency at
 * a steady rate) on one transport.
 */
function eventPipelineCase(transport: 'kafka' | 'in-process'): BenchCase {
  return {
    name: `event-pipeline-${transport}`,
    title: `event pipeline on ${transport === 'kafka' ? 'Kafka' : 'the in-process transport'}: commit → outbox → ${transport} → inbox + projection`,
    baselineTitle: `bare ${transport} transport: publish in batches, no-op consumer`,
    goal: { ratio: 0.5, p99MaxMs: 100, text: '≥ 0.50; p99 ≤ 100 ms at 1,000 events/s' },
    async setup(ctx) {
      const args = [
        '--transport',
        transport,
        '--events',
        String(ctx.quick ? 3_000 : 20_000),
        '--rate',
        '1000',
        '--seconds',
        String(ctx.quick ? 2 : 10),
        '--json',
      ];
      return {
        async round() {
          const result = await runJsonChild<PipelineResult>(
            join(ctx.buildDir, 'bench/event-pipeline.bench.js'),
            args,
            ctx.env,
            (line) => ctx.progress(`${transport}: ${line}`),
          );
          const baseline: Measurement = { throughput: result.baselineEventsPerSecond, unit: 'events/s' };
          const platform: Measurement = {
            throughput: result.platformEventsPerSecond,
            unit: 'events/s',
            p50Ms: result.steady.p50Ms,
            p99Ms: result.steady.p99Ms,
            extra: { stages: result.stages, steady: result.steady },
          };
          return { baseline, platform };
        },
        teardown: async () => undefined,
      };
    },
  };
}

export const eventPipelineKafkaCase = eventPipelineCase('kafka');
export const eventPipelineInProcessCase = eventPipelineCase('in-process');
