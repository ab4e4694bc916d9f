// Dependency rules checked by `npm run lint` (dependency-cruiser, docs/adr/0070). The import rules
// that read one file at a time (a service never imports another, domain/ imports no framework,
// only libs/messaging imports kafkajs) stay in eslint.config.mjs; this file holds the rules that
// need the whole graph.
import { readdirSync } from 'node:fs';

// Each service's folders (its aggregates and the parts they share), foundations first: a folder
// may import the folders listed before it, never one listed after it, so dependencies between a
// service's aggregates run one way. A new folder is placed in its service's list.
const FOLDER_ORDER = {
  agencies: ['access', 'agencies', 'members', 'cli'],
  embedded: ['openapi', 'monitoring', 'seed', 'cli', 'distributed'],
  exchange: ['access', 'session-directory', 'practices', 'discussion'],
  maturity: [
    'access',
    'frameworks',
    'campaigns',
    'assessments',
    'recommendations',
    'reports',
    'roadmaps',
    'documents',
    'cli',
  ],
  notifications: [
    'access',
    'observability',
    'streaming',
    'scheduling',
    'inbox',
    'audiences',
    'announcements',
    'reactions',
    'mail',
    'event-feed',
    'integrations',
    'webhooks',
  ],
  sessions: [
    'access',
    'http',
    'sessions',
    'agency-directory',
    'registrations',
    'feedback',
    'materials',
    'reports',
    'certificates',
    'cli',
  ],
};

// Dependencies against that order that the code had when the rule came (issue 19): each is a
// cycle between two aggregates, to be turned around and then deleted from this list.
const KNOWN_AGAINST_THE_ORDER = [
  { service: 'agencies', from: 'access', to: 'agencies' },
  { service: 'agencies', from: 'agencies', to: 'members' },
  { service: 'exchange', from: 'practices', to: 'discussion' },
  { service: 'notifications', from: 'audiences', to: 'announcements' },
  { service: 'notifications', from: 'event-feed', to: 'webhooks' },
  { service: 'sessions', from: 'sessions', to: 'registrations' },
];

// Tests arrange their data through whatever folders they need; the order is about the code.
const TESTS = '\\.(spec|int-spec|e2e-spec)\\.ts$';

const apps = readdirSync(new URL('./apps', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const unordered = apps.filter((app) => !FOLDER_ORDER[app]);
if (unordered.length > 0)
  throw new Error(`.dependency-cruiser.mjs: no FOLDER_ORDER for apps/${unordered.join(', apps/')}`);

function oneWayRules(service, folders) {
  const known = (from, to) =>
    KNOWN_AGAINST_THE_ORDER.some((k) => k.service === service && k.from === from && k.to === to);
  return folders.flatMap((folder, index) => {
    const later = folders.slice(index + 1).filter((to) => !known(folder, to));
    if (later.length === 0) return [];
    return [
      {
        name: 'aggregates-one-way',
        severity: 'error',
        comment:
          "A folder imports one listed after it in its service's FOLDER_ORDER (.dependency-cruiser.mjs): dependencies between a service's aggregates run one way. Turn the dependency around, or move the folder in the order if the order was wrong.",
        from: { path: `^apps/${service}/src/${folder}/`, pathNot: TESTS },
        to: { path: `^apps/${service}/src/(${later.join('|')})/` },
      },
    ];
  });
}

function placedRule(service, folders) {
  return {
    name: 'folder-placed-in-order',
    severity: 'error',
    comment:
      "A folder under apps/<service>/src that the service's FOLDER_ORDER (.dependency-cruiser.mjs) does not list: place it.",
    from: { path: `^apps/${service}/src/[^/]+/`, pathNot: `^apps/${service}/src/(${folders.join('|')})/` },
    to: {},
  };
}

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Modules that import each other, directly or through others: load order decides what is undefined.',
      from: {},
      // Type-only imports are erased at compile time and cannot make such a cycle.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    ...Object.entries(FOLDER_ORDER).flatMap(([service, folders]) => [
      ...oneWayRules(service, folders),
      placedRule(service, folders),
    ]),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|\\.data|deploy|coverage)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports are dependencies too: an aggregate that names another's types depends on it.
    tsPreCompilationDeps: true,
    cache: { folder: 'node_modules/.cache/dependency-cruiser', strategy: 'content' },
  },
};
