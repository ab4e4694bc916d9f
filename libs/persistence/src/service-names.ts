/**
 * The database of `service` on the embedded server (`csg_agencies`, ...). The list of services
 * is not a library's to keep: it is the registry of service declarations (apps/embedded/src/services.ts).
 */
export function embeddedDatabaseName(service: string): string {
  return `csg_${service}`;
}
