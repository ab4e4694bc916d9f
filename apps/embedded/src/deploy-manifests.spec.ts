import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { PLATFORM_EVENTS } from '@csg/contracts';
import { ON_INTEGRATION_EVENT } from '@csg/messaging';
import { MembershipProjectionHandler } from '@csg/auth/nest/membership-projection.handler';
import { SERVICES } from './services';

/**
 * deploy/ against the service declarations and the routes the services really serve: every
 * declared service has a Kubernetes manifest shaped like the others, a compose service, a
 * database in the PostgreSQL init script, a Kafka principal in the ACL script, and every route
 * its controllers declare reaches it through both the Ingress and compose's nginx. The files are
 * parsed and the two proxies' matching rules simulated: no network, no Docker, no cluster.
 */

const ROOT = join(__dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const names = SERVICES.map((service) => service.name);

type Manifest = { kind: string; metadata: { name: string }; spec?: any; data?: any; stringData?: any };
const manifests = (path: string): Manifest[] =>
  parseAllDocuments(read(path)).map((doc) => {
    expect({ path, errors: doc.errors.map(String) }).toEqual({ path, errors: [] });
    return doc.toJS() as Manifest;
  });

// --- the routes the services serve, from their controllers ------------------------------------

const SAMPLE_ID = '3f2c1e9a-7b4d-4c8e-9a21-5d6f7e8a9b0c';
const HTTP_METHOD = /@(Get|Post|Put|Patch|Delete|Sse|All|Head|Options)\(\s*(?:'([^']*)')?\s*[,)]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** `GET /api/v1/agencies/{id}/members`, ... with every `:param` replaced by a sample id. */
function routesOf(service: string): string[] {
  const routes = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'apps', service, 'src'))) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('@Controller(')) continue;
    const controller = /@Controller\('([^']*)'\)/.exec(text);
    // A controller written another way (options object, constant) must not be skipped silently.
    expect({ file: relative(ROOT, file), simpleControllerPath: Boolean(controller) }).toEqual({
      file: relative(ROOT, file),
      simpleControllerPath: true,
    });
    for (const [, method, path] of text.matchAll(HTTP_METHOD)) {
      const full = ['/api/v1', controller![1], path].filter(Boolean).join('/');
      routes.add(`${method.toUpperCase()} ${full.replace(/:[A-Za-z]\w*/g, SAMPLE_ID)}`);
    }
  }
  return [...routes].sort();
}

const ROUTES = Object.fromEntries(names.map((name) => [name, routesOf(name)]));

/** The topics of the event types a class's @OnIntegrationEvent(s) methods take. */
function topicsHandledBy(value: unknown, topics: Set<string>): void {
  if (typeof value !== 'function' || !value.prototype) return;
  for (const key of Object.getOwnPropertyNames(value.prototype)) {
    const method = Object.getOwnPropertyDescriptor(value.prototype, key)?.value as object | undefined;
    if (typeof method !== 'function') continue;
    const types = (Reflect.getMetadata(ON_INTEGRATION_EVENT, method) ?? []) as string[];
    for (const type of types)
      topics.add(PLATFORM_EVENTS.find((event) => event.type === type)?.topic ?? `unknown event ${type}`);
  }
}

/**
 * The topics a service's consumer group subscribes to: those of its @OnIntegrationEvent types,
 * and the membership projection's (libs/auth) when the service keeps one, i.e. when its
 * `ServiceAuthModule.forService` names no membership reader of its own.
 */
function consumedTopics(service: string): string[] {
  const topics = new Set<string>();
  let keepsMembershipProjection = false;
  for (const file of sourceFiles(join(ROOT, 'apps', service, 'src'))) {
    const source = readFileSync(file, 'utf8');
    const auth = source.match(/ServiceAuthModule\.forService\(\s*'[^']+'\s*(,[^)]*)?\)/);
    if (auth) keepsMembershipProjection = !/memberships\s*:/.test(auth[1] ?? '');
    if (!/@OnIntegrationEvents?\(/.test(source)) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the handler's own module
    for (const value of Object.values(require(file) as Record<string, unknown>))
      topicsHandledBy(value, topics);
  }
  if (keepsMembershipProjection) topicsHandledBy(MembershipProjectionHandler, topics);
  return [...topics].sort();
}
const pathOf = (route: string): string => route.split(' ')[1];

// --- compose's nginx: its location matching ----------------------------------------------------

interface NginxLocation {
  modifier: '' | '=' | '~' | '~*' | '^~';
  pattern: string;
  /** The upstream host it proxies to (the compose service), or null (answered by nginx). */
  upstream: string | null;
}

function nginxLocations(conf: string): NginxLocation[] {
  const upstreams = new Map(
    [...conf.matchAll(/^\s*set\s+\$(\w+)\s+https?:\/\/([\w-]+):\d+;/gm)].map(([, variable, host]) => [
      variable,
      host,
    ]),
  );
  return [...conf.matchAll(/^\s*location\s+(=|~\*|~|\^~)?\s*(\S+)\s*\{([^}]*)\}/gm)].map(
    ([, modifier, pattern, body]) => {
      const variable = /proxy_pass\s+\$(\w+)/.exec(body)?.[1];
      return {
        modifier: (modifier ?? '') as NginxLocation['modifier'],
        pattern,
        upstream: variable ? (upstreams.get(variable) ?? `unknown $${variable}`) : null,
      };
    },
  );
}

/** nginx's choice: exact; else the longest prefix, unless `^~`, then the first regex; else that prefix. */
function nginxRoute(locations: NginxLocation[], path: string): string | null {
  const exact = locations.find((l) => l.modifier === '=' && l.pattern === path);
  if (exact) return exact.upstream;
  const prefix = locations
    .filter((l) => (l.modifier === '' || l.modifier === '^~') && path.startsWith(l.pattern))
    .sort((a, b) => b.pattern.length - a.pattern.length)[0];
  if (prefix?.modifier === '^~') return prefix.upstream;
  const regex = locations.find(
    (l) =>
      (l.modifier === '~' || l.modifier === '~*') &&
      new RegExp(l.pattern, l.modifier === '~*' ? 'i' : '').test(path),
  );
  if (regex) return regex.upstream;
  return prefix ? prefix.upstream : null;
}

// --- the Ingress: ingress-nginx's matching -----------------------------------------------------

interface IngressPath {
  path: string;
  pathType: string;
  service: string;
  port: string;
}

function ingressRules(): { useRegex: boolean; paths: IngressPath[] } {
  const [ingress] = manifests('deploy/kubernetes/ingress.yaml').filter((m) => m.kind === 'Ingress');
  const annotations = (ingress.metadata as { annotations?: Record<string, string> }).annotations ?? {};
  const paths = (ingress.spec.rules as { http: { paths: any[] } }[]).flatMap((rule) =>
    rule.http.paths.map((p) => ({
      path: p.path as string,
      pathType: p.pathType as string,
      service: p.backend.service.name as string,
      port: p.backend.service.port.name as string,
    })),
  );
  return { useRegex: annotations['nginx.ingress.kubernetes.io/use-regex'] === 'true', paths };
}

/**
 * With use-regex, ingress-nginx writes every path as `location ~* "^<path>"`, longest path first,
 * and nginx takes the first regex that matches. Without it, Exact and Prefix as the Ingress API
 * defines them (Prefix by whole segments), the longest match winning.
 */
function ingressRoute(rules: ReturnType<typeof ingressRules>, path: string): string | null {
  if (rules.useRegex) {
    const ordered = [...rules.paths]
      .sort((a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0))
      .sort((a, b) => b.path.length - a.path.length);
    return ordered.find((p) => new RegExp(`^${p.path}`, 'i').test(path))?.service ?? null;
  }
  const matches = rules.paths.filter((p) =>
    p.pathType === 'Exact'
      ? path === p.path
      : path === p.path || path.startsWith(p.path.endsWith('/') ? p.path : `${p.path}/`),
  );
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.service ?? null;
}

// -----------------------------------------------------------------------------------------------

describe('deploy/ keeps up with the declared services and the routes they serve', () => {
  it('controllers_DeclareRoutesForEveryService', () => {
    for (const name of names)
      expect({ name, routes: ROUTES[name].length > 0 }).toEqual({ name, routes: true });
    // The routes product.md section 5 places under other services' prefixes are maturity's.
    expect(ROUTES.maturity.map(pathOf)).toEqual(
      expect.arrayContaining([
        `/api/v1/agencies/${SAMPLE_ID}/assessments`,
        `/api/v1/agencies/${SAMPLE_ID}/roadmap`,
        `/api/v1/agencies/${SAMPLE_ID}/recommendations`,
        '/api/v1/reports/maturity',
        '/api/v1/reports/impact',
      ]),
    );
  });

  it('ingress_RoutesEveryRouteOfEveryServiceToThatService', () => {
    const rules = ingressRules();
    const wrong = names.flatMap((name) =>
      ROUTES[name]
        .map((route) => ({ route, expected: name, routedTo: ingressRoute(rules, pathOf(route)) }))
        .filter((r) => r.routedTo !== r.expected),
    );
    expect(wrong).toEqual([]);
  });

  it('ingress_ExposesNoOperationsOrDevRoutes_AndMatchesWholeSegments', () => {
    const rules = ingressRules();
    for (const path of ['/health/live', '/health/ready', '/metrics', '/api/docs', '/api/docs/openapi.json'])
      expect({ path, routedTo: ingressRoute(rules, path) }).toEqual({ path, routedTo: null });
    expect(ingressRoute(rules, '/api/v1/dev/tokens')).toBeNull();
    expect(ingressRoute(rules, '/api/v1/meetings')).toBeNull();
    expect(ingressRoute(rules, '/api/v1/agenciesx')).toBeNull();
    // product.md section 5: every /agencies/{id}/roadmap… export (.xlsx) is maturity's too.
    expect(ingressRoute(rules, `/api/v1/agencies/${SAMPLE_ID}/roadmap.xlsx`)).toBe('maturity');
  });

  it('ingress_BackendsAreDeclaredServicesWithAnHttpPort_AndRegexPathsAreImplementationSpecific', () => {
    const rules = ingressRules();
    for (const p of rules.paths) {
      expect({ path: p.path, service: names.includes(p.service), port: p.port }).toEqual({
        path: p.path,
        service: true,
        port: 'http',
      });
      if (/[[\]()|$^*+?\\]/.test(p.path))
        expect({ path: p.path, pathType: p.pathType }).toEqual({
          path: p.path,
          pathType: 'ImplementationSpecific',
        });
    }
  });

  it('composeNginx_RoutesEveryRouteOfEveryServiceToThatService_AndServesEachOpenApiDocument', () => {
    const locations = nginxLocations(read('deploy/compose/nginx/default.conf'));
    const wrong = names.flatMap((name) =>
      ROUTES[name]
        .map((route) => ({ route, expected: name, routedTo: nginxRoute(locations, pathOf(route)) }))
        .filter((r) => r.routedTo !== r.expected),
    );
    expect(wrong).toEqual([]);
    for (const name of names)
      expect({ name, docs: nginxRoute(locations, `/api/docs/${name}/openapi.json`) }).toEqual({
        name,
        docs: name,
      });
    for (const path of ['/health/ready', '/metrics', '/api/v1/meetings', '/api/v1/agenciesx'])
      expect({ path, routedTo: nginxRoute(locations, path) }).toEqual({ path, routedTo: null });
    expect(nginxRoute(locations, `/api/v1/agencies/${SAMPLE_ID}/roadmap.xlsx`)).toBe('maturity');
  });

  it('kubernetes_HasADeploymentServiceAndPdbPerService_ShapedLikeTheOthers', () => {
    const kustomization = parse(read('deploy/kubernetes/kustomization.yaml')) as { resources: string[] };
    const [config] = manifests('deploy/kubernetes/config.yaml');
    const caFile: string = config.data.KAFKA_SSL_CA_FILE;
    expect(config.data).toMatchObject({ KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SSL: 'true' });
    const secrets = manifests('deploy/kubernetes/secrets.example.yaml');
    const secretKeys = Object.fromEntries(
      secrets.map((s) => [s.metadata.name, Object.keys(s.stringData ?? {})]),
    );
    expect(secretKeys['csg-kafka-ca']).toEqual(['ca.crt']);

    const shapes: unknown[] = [];
    for (const name of names) {
      expect({ name, listed: kustomization.resources.includes(`${name}.yaml`) }).toEqual({
        name,
        listed: true,
      });
      const docs = manifests(`deploy/kubernetes/${name}.yaml`);
      expect(docs.map((d) => `${d.kind}/${d.metadata.name}`)).toEqual([
        `Deployment/${name}`,
        `Service/${name}`,
        `PodDisruptionBudget/${name}`,
      ]);
      const pod = docs[0].spec.template.spec;
      const [container] = pod.containers;
      const env = Object.fromEntries(
        (container.env as { name: string; value: string }[]).map((e) => [e.name, e.value]),
      );
      expect({ name, env }).toMatchObject({ name, env: { SERVICE: name, KAFKA_SASL_USERNAME: name } });
      const appSecrets = secretsRequiredInProduction(name);
      expect(container.envFrom).toEqual([
        { configMapRef: { name: 'csg-config' } },
        { secretRef: { name: `csg-${name}-db` } },
        { secretRef: { name: `csg-${name}-kafka` } },
        ...(appSecrets.length > 0 ? [{ secretRef: { name: `csg-${name}-app` } }] : []),
      ]);
      // Every setting the service refuses to start without in production comes from its app Secret.
      expect({ name, app: secretKeys[`csg-${name}-app`] ?? [] }).toEqual({ name, app: appSecrets });
      expect({ name, db: secretKeys[`csg-${name}-db`], kafka: secretKeys[`csg-${name}-kafka`] }).toEqual({
        name,
        db: ['DATABASE_URL'],
        kafka: ['KAFKA_SASL_PASSWORD'],
      });
      expect(secrets.find((s) => s.metadata.name === `csg-${name}-db`)?.stringData.DATABASE_URL).toMatch(
        new RegExp(`/${SERVICES.find((s) => s.name === name)!.database}(\\?|$)`),
      );
      // The CA file the ConfigMap names lies in the volume mounted from the csg-kafka-ca Secret.
      const caVolume = (pod.volumes as any[]).find((v) => v.secret?.secretName === 'csg-kafka-ca');
      const caMount = (container.volumeMounts as any[]).find((m) => m.name === caVolume?.name);
      expect({ name, ca: caMount && `${caMount.mountPath}/${caVolume.secret.items[0].path}` }).toEqual({
        name,
        ca: caFile,
      });
      expect(container.readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
      expect(container.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
      expect(container.startupProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
      expect(docs[1].spec.ports).toEqual([{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);
      // Everything but the names (and the app Secret checked above) is the same for every service.
      container.envFrom = (container.envFrom as any[]).filter((e) => e.secretRef?.name !== `csg-${name}-app`);
      shapes.push(
        JSON.parse(
          JSON.stringify({ deployment: docs[0], service: docs[1], pdb: docs[2] })
            .replaceAll(`csg-${name}-`, 'csg-<service>-')
            .replaceAll(`csg.${name}`, 'csg.<service>')
            .replaceAll(`"${name}"`, '"<service>"'),
        ),
      );
    }
    for (const [i, shape] of shapes.entries())
      expect({ service: names[i], shape }).toEqual({ service: names[i], shape: shapes[0] });
  });

  it('compose_HasAServiceDatabaseAndProxyDependencyPerService_AndTheSecuredKafkaVariantNamesEachPrincipal', () => {
    const compose = parse(read('deploy/compose/compose.yaml'), { merge: true }) as {
      services: Record<string, any>;
    };
    const sasl = parse(read('deploy/compose/compose.kafka-sasl.yaml'), { merge: true }) as {
      services: Record<string, any>;
    };
    const init = read('deploy/compose/postgres/init-databases.sh');
    const locations = read('deploy/compose/nginx/default.conf');
    for (const { name, database } of SERVICES) {
      const service = compose.services[name];
      const password = `${name.toUpperCase().replaceAll('-', '_')}_DB_PASSWORD`;
      expect({ name, SERVICE: service?.environment?.SERVICE }).toEqual({ name, SERVICE: name });
      expect(service.environment.DATABASE_URL).toMatch(
        new RegExp(`^postgres://${name}:.*@postgres:5432/${database}$`),
      );
      expect(compose.services.postgres.environment).toHaveProperty(password);
      expect(init).toMatch(new RegExp(`^create_service_database ${name} "\\$\\{${password}:\\?\\}"$`, 'm'));
      expect(compose.services.proxy.depends_on).toHaveProperty(name);
      expect(locations).toMatch(new RegExp(`^\\s*set\\s+\\$${name}\\s+http://${name}:3000;`, 'm'));
      expect({ name, principal: sasl.services[name]?.environment?.KAFKA_SASL_USERNAME }).toEqual({
        name,
        principal: name,
      });
    }
    expect(Object.keys(sasl.services).sort()).toEqual([...names].sort());
  });

  describe('the Kafka ACL script (dry run)', () => {
    const dryRun = (action: string): string =>
      execFileSync('bash', [join(ROOT, 'deploy', 'kafka-acls', 'kafka-acls.sh'), action], {
        env: { PATH: process.env.PATH, DRY_RUN: '1', KAFKA_BIN: '/kafka/bin' },
        encoding: 'utf8',
      });
    /** Whether the ACLs let `User:<name>` do `operation` on `resource` (`topic:x`, `group:y`; literal). */
    const grants = (acls: string) => (name: string, operation: string, resource: string) =>
      acls.split('\n').some((line) => {
        const words = line.split(' ');
        const values = (flag: string) => words.flatMap((w, i) => (w === flag ? [words[i + 1]] : []));
        const [kind, id] = resource.split(/:(.*)/);
        return (
          values('--allow-principal').includes(`User:${name}`) &&
          values('--operation').includes(operation) &&
          !words.includes('prefixed') &&
          values(`--${kind}`).includes(id)
        );
      });

    it('kafkaAcls_CreateEveryServiceItsTopicDeadLettersAndReplays_AndLetItUseThemInItsOwnGroup', () => {
      const topics = dryRun('topics');
      const can = grants(dryRun('acls'));
      for (const { name, topic, consumerGroup } of SERVICES) {
        const own = [topic, `csg.dlq.${consumerGroup}`, `csg.replay.${consumerGroup}`];
        for (const t of own) expect(topics).toContain(`--topic ${t} `);
        const missing = [
          ...own.map((t) => `Write topic:${t}`),
          ...own.map((t) => `Describe topic:${t}`),
          `Read topic:csg.dlq.${consumerGroup}`,
          `Read topic:csg.replay.${consumerGroup}`,
          `Read group:${consumerGroup}`,
        ].filter((grant) => !can(name, grant.split(' ')[0], grant.split(' ')[1]));
        expect({ name, missing }).toEqual({ name, missing: [] });
        for (const other of names.filter((o) => o !== name))
          expect({ name, other, write: can(name, 'Write', `topic:csg.${other}`) }).toEqual({
            name,
            other,
            write: false,
          });
      }
    });

    it('kafkaAcls_LetEveryServiceReadTheTopicsOfTheEventsItsHandlersTake_AndNoMore', () => {
      const can = grants(dryRun('acls'));
      for (const name of names) {
        const consumed = consumedTopics(name);
        const missing = consumed.filter((topic) => !can(name, 'Read', `topic:${topic}`));
        expect({ name, missing }).toEqual({ name, missing: [] });
        const readable = names
          .map((other) => `csg.${other}`)
          .filter((topic) => can(name, 'Read', `topic:${topic}`))
          .sort();
        expect({ name, readable }).toEqual({ name, readable: consumed });
      }
      expect(consumedTopics('maturity')).toEqual(['csg.agencies', 'csg.exchange', 'csg.sessions']);
      expect(consumedTopics('exchange')).toEqual(['csg.agencies', 'csg.sessions']);
      expect(consumedTopics('agencies')).toEqual([]);
    });
  });
});

/** The settings a service's code says it "is required in production" (its own sources). */
function secretsRequiredInProduction(service: string): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.includes('spec.ts'))
        for (const m of readFileSync(path, 'utf8').matchAll(/'([A-Z][A-Z0-9_]+) is required in production/g))
          found.add(m[1]);
    }
  };
  walk(join(ROOT, 'apps', service, 'src'));
  return [...found].sort();
}
