import type { ServiceDeclaration, ServiceRoute } from '@csg/runtime';

/** One row of the public routing table: a declared route and the service that serves it. */
export interface RouteEntry extends ServiceRoute {
  service: string;
}

/**
 * The routes of every declared service in the order a request is matched against them: the
 * patterns first (maturity's routes under /api/v1/agencies/{id}/ and /api/v1/reports/), in
 * declaration order; then the exact paths; then the prefixes, longest first. The Ingress, compose's
 * nginx and the development gateway all follow it (route-table.spec.ts compares them).
 */
export function routeTable(services: readonly ServiceDeclaration[]): RouteEntry[] {
  const entries = services.flatMap((service) =>
    service.routes.map((route) => ({ ...route, service: service.name })),
  );
  const of = (match: ServiceRoute['match']) => entries.filter((entry) => entry.match === match);
  return [...of('pattern'), ...of('exact'), ...of('prefix').sort((a, b) => b.path.length - a.path.length)];
}

/** Whether `path` (no query string) is the route's: prefixes by whole segments. */
export function routeMatches(route: ServiceRoute, path: string): boolean {
  switch (route.match) {
    case 'exact':
      return path === route.path;
    case 'prefix':
      return path === route.path || path.startsWith(`${route.path}/`);
    case 'pattern':
      return new RegExp(`^${route.path}`).test(path);
  }
}

/** The service that serves `path`, or undefined (the gateway answers 404). */
export function serviceFor(table: readonly RouteEntry[], path: string): string | undefined {
  return table.find((route) => routeMatches(route, path))?.service;
}

/** The route as an ingress-nginx regex path (use-regex): prefix `(/|$)`, exact `$`. */
export function ingressPath(route: ServiceRoute): string {
  if (route.match === 'pattern') return route.path;
  return route.match === 'exact' ? `${route.path}$` : `${route.path}(/|$)`;
}

/** The route as compose's nginx locations: `= /x` and `/x/` for a prefix, `~ ^…` for a pattern. */
export function nginxLocations(route: ServiceRoute): string[] {
  if (route.match === 'pattern') return [`~ ^${route.path}`];
  return route.match === 'exact' ? [`= ${route.path}`] : [`= ${route.path}`, `${route.path}/`];
}
