// Lint rules that keep the architecture honest (docs/adr/0001): an app never imports another
// app, only libs/messaging imports kafkajs, and domain/ code imports no framework or storage.
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

function appBoundary(service) {
  const others = [...SERVICES.filter((s) => s !== service), 'embedded'];
  return {
    files: [`apps/${service}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [kafkaOnlyInMessaging],
          patterns: [
            {
              group: others.flatMap((o) => [`**/${o}/src`, `**/${o}/src/**`, `apps/${o}/**`]),
              message:
                'A service never imports another service: share contracts through libs/contracts and events.',
            },
          ],
        },
      ],
    },
  };
}

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
  { files: ['libs/messaging/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  ...SERVICES.map(appBoundary),
  {
    files: ['**/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [kafkaOnlyInMessaging, { name: 'typeorm', message: 'domain/ knows no persistence.' }],
          patterns: [
            { group: ['@nestjs/*'], message: 'domain/ knows no framework: no NestJS, no HTTP.' },
            {
              group: [
                '@csg/messaging',
                '@csg/messaging/*',
                '@csg/persistence',
                '@csg/persistence/*',
                '@csg/http',
                '@csg/http/*',
              ],
              message: 'domain/ depends on no infrastructure library.',
            },
            {
              group: ['**/infrastructure/**', '**/commands/**', '**/queries/**'],
              message: 'domain/ is the centre: nothing outside it is imported.',
            },
          ],
        },
      ],
    },
  },
);
