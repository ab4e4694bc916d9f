/* eslint-disable @typescript-eslint/no-unsafe-function-type -- TypeORM takes migration classes as Function */

/**
 * Where each service declares its migration classes, so tools that do not boot the service (the
 * `npm run migrate` CLI) can find them. A service calls `registerServiceMigrations` in a module
 * with no side effects beyond that (e.g. `apps/agencies/src/agencies.migrations.ts`), and that
 * module is imported by the CLI's loader list (see README).
 */
const registry = new Map<string, Function[]>();

export function registerServiceMigrations(service: string, migrations: Function[]): void {
  registry.set(service, [...migrations]);
}

export function serviceMigrations(service: string): Function[] {
  const migrations = registry.get(service);
  if (!migrations) {
    throw new Error(`No migrations registered for service "${service}" (call registerServiceMigrations)`);
  }
  return migrations;
}

export function registeredServices(): string[] {
  return [...registry.keys()];
}
