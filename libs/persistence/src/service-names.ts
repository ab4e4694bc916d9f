/** The four services; each owns one database named after it in the embedded mode. */
export const SERVICE_NAMES = ['agencies', 'sessions', 'exchange', 'notifications'] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}

/**
 * The database of `service` on the embedded server (`csg_agencies`, ...). The embedded composer
 * and `npm run migrate` must agree on it.
 */
export function embeddedDatabaseName(service: string): string {
  return `csg_${service}`;
}
