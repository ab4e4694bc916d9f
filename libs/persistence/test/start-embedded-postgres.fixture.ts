/**
 * Run by the orphan test in a child Node process (node -r @swc-node/register): starts the
 * embedded server, prints its pid, then waits to be killed with SIGKILL, leaving the server orphaned.
 */
import { startEmbeddedPostgres } from '../src/embedded/embedded-postgres.server';

const [dataDir, port] = process.argv.slice(2);
startEmbeddedPostgres({ dataDir, port: Number(port), databases: ['orphaned'] }).then(
  (server) => {
    process.stdout.write(`READY ${server.pid}\n`);
    setInterval(() => undefined, 60_000);
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
