import { runDlqCli } from '@csg/messaging/cli/dlq';
import { SERVICES } from '../services';

/** `npm run dlq -- list|replay …` over the consumer groups of every declared service. */
if (require.main === module) {
  runDlqCli(
    process.argv.slice(2),
    SERVICES.map((service) => service.consumerGroup),
  ).catch((error: Error) => {
    process.stderr.write(`dlq: ${error.message}\n`);
    process.exitCode = 1;
  });
}
