import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serviceDatabaseUrlVariable } from '../database-url';
import { registeredServices } from '../migration-registry';
import { isServiceName, SERVICE_NAMES } from '../service-names';

/** Repository (or dist/) root: this file lives in libs/persistence/src/cli. */
const ROOT = resolve(__dirname, '..', '..', '..', '..');

/** Services named on the command line, or all four. */
export function selectServices(args: readonly string[]): string[] {
  const services = args.filter((arg) => !arg.startsWith('-'));
  const unknown = services.filter((service) => !isServiceName(service));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown service(s): ${unknown.join(', ')}; expected some of ${SERVICE_NAMES.join(', ')}`,
    );
  }
  return services.length > 0 ? services : [...SERVICE_NAMES];
}

/**
 * Makes sure `service` registered its migrations: when it has not, loads its conventional
 * registration module `apps/<service>/src/<service>.migrations` (.ts from sources, .js in dist/).
 */
export function loadServiceMigrations(service: string): void {
  if (registeredServices().includes(service)) return;
  const base = join(ROOT, 'apps', service, 'src', `${service}.migrations`);
  const file = ['.js', '.ts'].map((extension) => base + extension).find((candidate) => existsSync(candidate));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional module found at run time
  if (file) require(file);
}

/**
 * Distributed-mode URLs from the environment (`<SERVICE>_DATABASE_URL`, or DATABASE_URL when a
 * single service is migrated), or undefined when none is set: then the embedded server is used.
 */
export function urlsFromEnvironment(
  services: readonly string[],
  env = process.env,
): Map<string, string> | undefined {
  const perService = services.map((service) => env[serviceDatabaseUrlVariable(service)]);
  if (perService.every((url) => !url) && !env.DATABASE_URL) return undefined;
  const urls = new Map<string, string>();
  services.forEach((service, index) => {
    const url = perService[index] || (services.length === 1 ? env.DATABASE_URL : undefined);
    if (!url) {
      throw new Error(
        `DATABASE_URL names one database but ${services.length} services were asked for; ` +
          `name one service (npm run migrate -- ${service}) or set ${serviceDatabaseUrlVariable(service)}`,
      );
    }
    urls.set(service, url);
  });
  return urls;
}
