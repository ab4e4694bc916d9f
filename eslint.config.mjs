// Lint rules that keep the architecture honest (docs/adr/0001, 0070): an app never imports another
// app, a library never imports an app, only libs/messaging imports kafkajs, and domain/ code imports
// no framework or storage. The rules that need the whole import graph (no cycles, aggregates one
// way) are in .dependency-cruiser.mjs.
import { existsSync, readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

// The services are the folders under apps/ that declare one (apps/<name>/src/<name>.service.ts,
// listed in apps/embedded/src/services.ts; services.spec.ts checks both agree).
const SERVICES = readdirSync(new URL('./apps', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .filter((name) => existsSync(new URL(`./apps/${name}/src/${name}.service.ts`, import.meta.url)));

const kafkaOnlyInMessaging = {
  name: 'kafkajs',
  message: 'Only libs/messaging talks to Kafka (behind the transport port).',
};

const libraryKnowsNoService = {
  group: ['apps/**', '**/apps/**'],
  message: 'A library never knows the services: it takes what it needs from them as parameters.',
};

function otherServices(service) {
  const others = [...SERVICES.filter((s) => s !== service), 'embedded'];
  return {
    group: others.flatMap((o) => [`**/${o}/src`, `**/${o}/src/**`, `apps/${o}/**`]),
    message: 'A service never imports another service: share contracts through libs/contracts and events.',
  };
}

// domain/ knows no framework, storage or infrastructure library.
const domainPaths = [
  { name: 'typeorm', message: 'domain/ knows no persistence.' },
  { name: 'pg', message: 'domain/ knows no persistence.' },
  { name: 'class-validator', message: 'domain/ knows no framework: input is validated by the DTOs.' },
  { name: 'class-transformer', message: 'domain/ knows no framework: input is mapped by the DTOs.' },
  { name: 'fastify', message: 'domain/ knows no framework: no HTTP.' },
  { name: 'prom-client', message: 'domain/ knows no infrastructure: metrics belong to infrastructure/.' },
];
const domainPatterns = [
  { group: ['@nestjs/*', '@fastify/*'], message: 'domain/ knows no framework: no NestJS, no HTTP.' },
  {
    group: [
      '@csg/messaging',
      '@csg/messaging/*',
      '@csg/persistence',
      '@csg/persistence/*',
      '@csg/http',
      '@csg/http/*',
      '@csg/runtime',
      '@csg/runtime/*',
      '@csg/observability',
      '@csg/observability/*',
    ],
    message: 'domain/ depends on no infrastructure library.',
  },
  {
    group: ['**/infrastructure/**', '**/commands/**', '**/queries/**'],
    message: 'domain/ is the centre: nothing outside it is imported.',
  },
];

/** One no-restricted-imports setting per group of files: a later block replaces, not adds to, an earlier one. */
function restrictedImports(files, { paths = [], patterns = [], ignores } = {}) {
  return {
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  };
}

const notSpecs = ['**/*.spec.ts'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'deploy/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [kafkaOnlyInMessaging] }],
    },
  },
  // Type-aware checks: a promise nobody awaits or catches loses its error (and its transaction);
  // `any` turns the type checker off. Test code may read JSON answers as `any`: their shapes are
  // checked against the served OpenAPI document by the response contract (ADR 21).
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts', '**/*.fixture.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  restrictedImports(['libs/**/*.ts'], { paths: [kafkaOnlyInMessaging], patterns: [libraryKnowsNoService] }),
  restrictedImports(['libs/messaging/**/*.ts'], { patterns: [libraryKnowsNoService] }),
  ...SERVICES.map((service) =>
    restrictedImports([`apps/${service}/**/*.ts`], {
      paths: [kafkaOnlyInMessaging],
      patterns: [otherServices(service)],
    }),
  ),
  ...SERVICES.map((service) =>
    restrictedImports([`apps/${service}/**/domain/**/*.ts`], {
      ignores: notSpecs,
      paths: [kafkaOnlyInMessaging, ...domainPaths],
      patterns: [otherServices(service), ...domainPatterns],
    }),
  ),
  restrictedImports(['libs/**/domain/**/*.ts'], {
    ignores: notSpecs,
    paths: [kafkaOnlyInMessaging, ...domainPaths],
    patterns: [libraryKnowsNoService, ...domainPatterns],
  }),
);
