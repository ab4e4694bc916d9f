import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SERVICES } from '../services';
import { ingressPath, nginxLocations, routeTable, serviceFor } from './route-table';

/**
 * The one route table (the service declarations' `routes`) against the two files that cannot be
 * generated from it: the Ingress and compose's nginx. The development gateway routes by the table
 * itself, so all three agree.
 */

const ROOT = join(__dirname, '..', '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const TABLE = routeTable(SERVICES);
const sorted = (rows: string[]): string[] => [...rows].sort();

interface IngressDocument {
  kind: string;
  spec: { rules: { http: { paths: { path: string; backend: { service: { name: string } } }[] } }[] };
}

function ingressRows(): string[] {
  const ingress = parse(read('deploy/kubernetes/ingress.yaml')) as IngressDocument;
  expect(ingress.kind).toBe('Ingress');
  return ingress.spec.rules.flatMap((rule) =>
    rule.http.paths.map((path) => `${path.path} -> ${path.backend.service.name}`),
  );
}

/** `<modifier> <pattern> -> <service>` of every location proxied to a service under /api/v1/. */
function nginxRows(): string[] {
  const conf = read('deploy/compose/nginx/default.conf');
  const upstreams = new Map(
    [...conf.matchAll(/^\s*set\s+\$(\w+)\s+https?:\/\/([\w-]+):\d+;/gm)].map(([, variable, host]) => [
      variable,
      host,
    ]),
  );
  return [...conf.matchAll(/^\s*location\s+((?:=|~\*|~|\^~)\s+)?(\S+)\s*\{\s*proxy_pass\s+\$(\w+)[^}]*\}/gm)]
    .map(([, modifier, pattern, variable]) => ({
      location: `${modifier ?? ''}${pattern}`,
      service: upstreams.get(variable),
    }))
    .filter(
      ({ location }) => /^(?:[=~^*]+\s+)?\^?\/api\/v1\//.test(location) && !location.includes('/api/v1/dev/'),
    )
    .map(({ location, service }) => `${location} -> ${service}`);
}

describe('the route table of the service declarations', () => {
  it('ingressYaml_RoutesExactlyTheDeclaredRoutes_PatternsFirst', () => {
    const rows = ingressRows();
    expect(sorted(rows)).toEqual(sorted(TABLE.map((route) => `${ingressPath(route)} -> ${route.service}`)));
    const patterns = TABLE.filter((route) => route.match === 'pattern').length;
    expect(rows.slice(0, patterns)).toEqual(
      TABLE.filter((route) => route.match === 'pattern').map(
        (route) => `${ingressPath(route)} -> ${route.service}`,
      ),
    );
  });

  it('composeNginx_RoutesExactlyTheDeclaredRoutes', () => {
    expect(sorted(nginxRows())).toEqual(
      sorted(
        TABLE.flatMap((route) => nginxLocations(route).map((location) => `${location} -> ${route.service}`)),
      ),
    );
  });

  it('gateway_MatchesPatternsBeforePrefixes_AndWholeSegmentsOnly', () => {
    const id = '3f2c1e9a-7b4d-4c8e-9a21-5d6f7e8a9b0c';
    expect(
      Object.fromEntries(
        [
          `/api/v1/agencies/${id}/assessments`,
          `/api/v1/agencies/${id}/roadmap`,
          `/api/v1/agencies/${id}/roadmap/items`,
          `/api/v1/agencies/${id}/roadmap.ics`,
          `/api/v1/agencies/${id}/recommendations`,
          `/api/v1/agencies/${id}/members`,
          '/api/v1/agencies',
          '/api/v1/agenciesx',
          '/api/v1/reports/maturity',
          '/api/v1/reports/impact',
          '/api/v1/reports/participation',
          '/api/v1/reports/other',
          '/api/v1/me',
          '/api/v1/me/notifications',
          '/api/v1/meetings',
          '/api/v1/sessions/1/registrations',
          '/api/v1/practices',
          '/api/v1/unsubscribe',
          '/api/v1/frameworks/x',
        ].map((path) => [path, serviceFor(TABLE, path) ?? null]),
      ),
    ).toEqual({
      [`/api/v1/agencies/${id}/assessments`]: 'maturity',
      [`/api/v1/agencies/${id}/roadmap`]: 'maturity',
      [`/api/v1/agencies/${id}/roadmap/items`]: 'maturity',
      [`/api/v1/agencies/${id}/roadmap.ics`]: 'maturity',
      [`/api/v1/agencies/${id}/recommendations`]: 'maturity',
      [`/api/v1/agencies/${id}/members`]: 'agencies',
      '/api/v1/agencies': 'agencies',
      '/api/v1/agenciesx': null,
      '/api/v1/reports/maturity': 'maturity',
      '/api/v1/reports/impact': 'maturity',
      '/api/v1/reports/participation': 'sessions',
      '/api/v1/reports/other': null,
      '/api/v1/me': 'agencies',
      '/api/v1/me/notifications': 'notifications',
      '/api/v1/meetings': null,
      '/api/v1/sessions/1/registrations': 'sessions',
      '/api/v1/practices': 'exchange',
      '/api/v1/unsubscribe': 'notifications',
      '/api/v1/frameworks/x': 'maturity',
    });
  });
});
