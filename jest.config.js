// Three kinds of test (docs/adr/0001): unit (*.spec.ts), integration against the real
// PostgreSQL and Kafka (*.int-spec.ts), and end-to-end through HTTP (*.e2e-spec.ts).
// NestJS 12 ships as ES modules; @swc/jest turns both our TypeScript and those packages
// into CommonJS so jest runs on Node 20 (see ../shared notes summarised in the ADR).
// One log line per request (ADR 0072) would bury the test output: tests log warnings and errors
// unless LOG_LEVEL says otherwise (the log-scan test sets its own).
process.env.LOG_LEVEL ??= 'warn';
const swcConfig = {
  swcrc: false,
  sourceMaps: 'inline',
  module: { type: 'commonjs' },
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
};
const esmPackages = [
  '@nestjs',
  'file-type',
  'cookie',
  'strtok3',
  'token-types',
  'uint8array-extras',
  '@tokenizer',
  'jose',
  '@fastify',
  'content-disposition',
  'glob',
  'minimatch',
  'path-scurry',
  'lru-cache',
  'minipass',
  'jackspeak',
  '@isaacs',
  'package-json-from-dist',
  'balanced-match',
  'brace-expansion',
  'unpdf',
];
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', swcConfig] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: {
    '^@csg/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@csg/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/'],
};
// Integration and end-to-end tests get a real PostgreSQL and a real Kafka broker (global setup).
const withServices = {
  globalSetup: '<rootDir>/libs/testing/src/jest/global-setup.ts',
  globalTeardown: '<rootDir>/libs/testing/src/jest/global-teardown.ts',
};
module.exports = {
  // testTimeout is a global option (a project's own is ignored); unit tests finish far inside it.
  testTimeout: 180000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,bench}/**/*.spec.ts'] },
    { ...base, ...withServices, displayName: 'int', testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'] },
    { ...base, ...withServices, displayName: 'e2e', testMatch: ['<rootDir>/{apps,test}/**/*.e2e-spec.ts'] },
  ],
};
