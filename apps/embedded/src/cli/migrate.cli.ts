import { runMigrateCli } from '@csg/persistence';
import { SERVICES } from '../services';

/**
 * `npm run migrate [-- <service> …]`: the pending migrations of the named declared services
 * (default all), against `<SERVICE>_DATABASE_URL`/`DATABASE_URL` or the embedded server.
 */
if (require.main === module) {
  runMigrateCli(process.argv.slice(2), SERVICES).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
