import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLATFORM_EVENTS } from '@csg/contracts';
import { AUTH_LIBRARY_ERROR_STATUSES } from '@csg/auth';
import { ErrorStatusRegistry } from '@csg/http';
import { SERVICES } from './services';

const ROOT = join(__dirname, '..', '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const names = SERVICES.map((service) => service.name);

/** App folders that are services: they have a root module, an entry point or a declaration. */
function serviceFolders(): string[] {
  return readdirSync(join(ROOT, 'apps'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'embedded')
    .map((entry) => entry.name)
    .filter((name) =>
      ['main.ts', `${name}.module.ts`, `${name}.service.ts`].some((file) =>
        existsSync(join(ROOT, 'apps', name, 'src', file)),
      ),
    );
}

describe('the service declarations and everything derived from them', () => {
  it('registry_ListsEveryServiceFolder_AndEachFolderDeclaresItsOwnService', () => {
    expect([...names].sort()).toEqual(serviceFolders().sort());
    for (const service of SERVICES) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the declaration file by its conventional path
      const file = require(join(ROOT, 'apps', service.name, 'src', `${service.name}.service.ts`)) as Record<
        string,
        unknown
      >;
      expect(Object.values(file)).toContain(service);
    }
  });

  it('declarations_DeriveOneTopicConsumerGroupAndDatabaseEach', () => {
    for (const service of SERVICES) {
      expect(service).toMatchObject({
        topic: `csg.${service.name}`,
        consumerGroup: `csg.${service.name}`,
        database: `csg_${service.name}`,
      });
      expect(service.migrations.length).toBeGreaterThan(0);
    }
    expect(new Set(SERVICES.map((s) => s.topic)).size).toBe(SERVICES.length);
    expect(new Set(SERVICES.map((s) => s.database)).size).toBe(SERVICES.length);
  });

  it('eventCatalogue_PutsEveryServiceTopicEventUnderAServiceFolder', () => {
    const folders = readdirSync(join(ROOT, 'apps'));
    for (const event of PLATFORM_EVENTS) {
      const service = /^csg\.([a-z0-9-]+)$/.exec(event.topic)?.[1];
      if (service)
        expect({ event: event.type, folder: folders.includes(service) }).toEqual({
          event: event.type,
          folder: true,
        });
    }
    const agencies = SERVICES.find((service) => service.name === 'agencies');
    expect(agencies?.events.map((event) => event.type)).toContain('csg.agencies.agency.registered.v1');
  });

  it('errorStatuses_OfEveryServiceAndTheAuthLibrary_MergeWithoutConflict', () => {
    const registry = new ErrorStatusRegistry({ auth: AUTH_LIBRARY_ERROR_STATUSES });
    for (const service of SERVICES) registry.add(service.name, service.errorStatuses);
    expect(registry.statusOf('AGENCY.NOT_FOUND')).toBe(404);
    expect(registry.statusOf('AUTH.FORBIDDEN')).toBe(403);
    expect(registry.statusOf('IDEMPOTENCY.KEY_REUSED')).toBe(422);
  });

  it('nestCliJson_HasAnApplicationProjectPerService_AndNoOther', () => {
    const { projects } = JSON.parse(read('nest-cli.json')) as {
      projects: Record<string, { type: string; root: string; sourceRoot: string; entryFile: string }>;
    };
    const applications = Object.entries(projects)
      .filter(([name, project]) => project.type === 'application' && name !== 'embedded')
      .map(([name]) => name);
    expect(applications.sort()).toEqual([...names].sort());
    for (const name of names) {
      expect({ name, ...projects[name] }).toEqual({
        name,
        type: 'application',
        root: `apps/${name}`,
        entryFile: 'main',
        sourceRoot: `apps/${name}/src`,
      });
    }
  });

  it('packageJson_HasAStartScriptPerService_AndNoOther', () => {
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    const starts = Object.keys(scripts)
      .filter((script) => script.startsWith('start:') && script !== 'start:distributed')
      .map((script) => script.slice('start:'.length));
    expect(starts.sort()).toEqual([...names].sort());
    for (const name of names)
      expect(scripts[`start:${name}`]).toBe(`npm run build && node dist/apps/${name}/src/main.js`);
  });

  it('deploy_HasAKubernetesManifestComposeServiceAndKafkaPrincipalPerService', () => {
    const kustomization = read('deploy/kubernetes/kustomization.yaml');
    const compose = read('deploy/compose/compose.yaml');
    const aclServices = /^SERVICES=\(([^)]*)\)/m
      .exec(read('deploy/kafka-acls/kafka-acls.sh'))?.[1]
      .split(/\s+/);
    expect([...(aclServices ?? [])].sort()).toEqual([...names].sort());
    for (const name of names) {
      expect({ name, manifest: existsSync(join(ROOT, 'deploy', 'kubernetes', `${name}.yaml`)) }).toEqual({
        name,
        manifest: true,
      });
      expect(kustomization).toContain(`  - ${name}.yaml`);
      expect(compose).toMatch(new RegExp(`^  ${name}:$`, 'm'));
    }
  });

  it('eslint_DrawsTheBoundaryOfEveryServiceAgainstEveryOther', () => {
    // The lint config is an ES module: ask ESLint itself, in a child process, what it computes.
    const script = `
      const { ESLint } = require('eslint');
      const eslint = new ESLint({ cwd: process.cwd() });
      (async () => {
        const out = {};
        for (const name of JSON.parse(process.argv[1])) {
          const config = await eslint.calculateConfigForFile('apps/' + name + '/src/main.ts');
          const rule = config.rules['no-restricted-imports'];
          out[name] = (rule[1].patterns ?? []).flatMap((p) => p.group);
        }
        process.stdout.write(JSON.stringify(out));
      })();`;
    const groups = JSON.parse(
      execFileSync(process.execPath, ['-e', script, JSON.stringify(names)], { cwd: ROOT, encoding: 'utf8' }),
    ) as Record<string, string[]>;
    for (const service of SERVICES) {
      const others = [...names.filter((name) => name !== service.name), 'embedded'];
      expect({
        service: service.name,
        forbidden: others.map((o) => groups[service.name].includes(`apps/${o}/**`)),
      }).toEqual({
        service: service.name,
        forbidden: others.map(() => true),
      });
    }
  });
});
