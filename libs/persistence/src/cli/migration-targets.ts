import { serviceDatabaseUrlVariable } from '../database-url';

/** Services named on the command line (each one of `known`), or every known one. */
export function selectServices(args: readonly string[], known: readonly string[]): string[] {
  const services = args.filter((arg) => !arg.startsWith('-'));
  const unknown = services.filter((service) => !known.includes(service));
  if (unknown.length > 0) {
    throw new Error(`Unknown service(s): ${unknown.join(', ')}; expected some of ${known.join(', ')}`);
  }
  return services.length > 0 ? services : [...known];
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
