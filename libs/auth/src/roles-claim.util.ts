import { isPlatformRole, type PlatformRole } from './principal';

/**
 * Reads a claim by path: `roles`, or a dotted path into nested objects (`realm_access.roles`,
 * Keycloak). A top-level claim whose name itself contains dots (`https://csg.example/roles`) wins.
 */
export function readClaim(payload: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(payload, path)) return payload[path];
  let value: unknown = payload;
  for (const segment of path.split('.')) {
    if (
      value === null ||
      typeof value !== 'object' ||
      Array.isArray(value) ||
      !Object.hasOwn(value, segment)
    ) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** The platform roles in the claim at `path` (an array, or a space-separated string); others are ignored. */
export function platformRolesFrom(payload: Record<string, unknown>, path: string): PlatformRole[] {
  const raw = readClaim(payload, path);
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/\s+/) : [];
  return [...new Set(values.filter(isPlatformRole))];
}
