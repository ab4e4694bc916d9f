/**
 * The load generator in its own process (so it never shares an event loop with a server under
 * test): autocannon, programmatic. Reads its job as JSON from argv[2], prints one JSON result line.
 */
import autocannon from 'autocannon';
import { requestBodies, type LoadJob } from './load-job';

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2]) as LoadJob;
  const nextBody = job.bodies ? requestBodies[job.bodies]() : undefined;
  const result = await autocannon({
    url: job.url,
    method: job.method,
    connections: job.connections,
    duration: job.seconds,
    headers: job.headers,
    requests: [
      {
        method: job.method,
        ...(nextBody
          ? {
              setupRequest: (request: autocannon.Request) => ({ ...request, body: nextBody() }),
            }
          : {}),
      },
    ],
  });
  process.stdout.write(
    `${JSON.stringify({
      requestsPerSecond: result.requests.average,
      total: result.requests.total,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      statusCodes: result.statusCodeStats,
    })}\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`load generator failed: ${(error as Error).stack}\n`);
    process.exit(1);
  },
);
