import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DevIssuer, loadAuthConfig } from '@csg/auth';
import { CLAIM_LIMITS, isClaimEmail, isClaimText } from '@csg/auth/claims.validation';
import { runDlqCli } from '@csg/messaging/cli/dlq';
import { DEFAULT_EMBEDDED_PG_PORT, postgresAnswers, runMigrateCli } from '@csg/persistence';
import { runResnapshot } from '../../../agencies/src/cli/resnapshot.cli';
import { importFrameworkFile } from '../../../maturity/src/cli/frameworks-import.cli';
import { createEmbeddedPlatform } from '../embedded-platform';
import { httpPlatformApi, inProcessPlatformApi, type PlatformApi } from '../seed/platform-api';
import { seedDemo } from '../seed/seed-demo';
import { describeSeedResult, terminalSeedObserver } from '../seed/seed-report';
import { SERVICES } from '../services';
import {
  EXIT_CODES,
  UsageError,
  type CsgActions,
  type RebuildOptions,
  type SeedDemoCommandOptions,
  type TokenOptions,
} from './csg-commands';
import { projectionsOf, rebuildDatabases, rebuildProjection } from './projections-rebuild.command';

const say = (line: string) => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`${line}\n`);

function serviceNamed(name: string) {
  const service = SERVICES.find((s) => s.name === name);
  if (!service) throw new UsageError(`no service ${name}`);
  return service;
}

function oidcExplanation(env: NodeJS.ProcessEnv): string {
  const issuer = env.OIDC_ISSUER || 'https://sso.example.gov/realms/csg';
  return `With AUTH_MODE=oidc people sign in through the identity provider and the API accepts its access
tokens (issuer ${issuer}, audience ${env.OIDC_AUDIENCE || 'csg-api'}). From a terminal, with the
csg-cli client of deploy/keycloak/csg-realm.json (device grant):

  KC=${issuer}/protocol/openid-connect
  curl -s $KC/auth/device -d client_id=csg-cli | tee /tmp/device.json
  # open verification_uri_complete in a browser, sign in and approve; then:
  TOKEN=$(curl -s $KC/token -d client_id=csg-cli \\
    -d grant_type=urn:ietf:params:oauth:grant-type:device_code \\
    -d device_code=$(jq -r .device_code /tmp/device.json) | jq -r .access_token)
  curl -H "authorization: Bearer $TOKEN" http://localhost:3000/api/v1/me

Platform roles come from the token (${env.OIDC_ROLES_CLAIM || 'roles'}); agency roles from memberships.
docs/security.md ("Connecting a real OIDC provider") has the whole setup, a local Keycloak included.
`;
}

async function token(options: TokenOptions): Promise<void> {
  if (options.oidc) return void process.stdout.write(oidcExplanation(process.env));
  if (!options.sub)
    throw new UsageError('--sub is required (or --oidc for how to get a token from the identity provider)');
  if (!isClaimText(options.sub, CLAIM_LIMITS.sub.min, CLAIM_LIMITS.sub.max))
    throw new UsageError('--sub: 1 to 255 characters, no control characters');
  if (options.name !== undefined && !isClaimText(options.name, CLAIM_LIMITS.name.min, CLAIM_LIMITS.name.max))
    throw new UsageError('--name: no control characters, not too long');
  if (options.email !== undefined && !isClaimEmail(options.email))
    throw new UsageError('--email: an e-mail address');
  // The same settings the platform reads (npm start runs AUTH_MODE=dev), so it accepts the token.
  const mode = process.env.AUTH_MODE?.trim().toLowerCase() || 'dev';
  if (mode !== 'dev')
    throw new Error(
      `AUTH_MODE=${mode}: tokens come from the identity provider; \`csg token --oidc\` explains how`,
    );
  const config = loadAuthConfig({ ...process.env, AUTH_MODE: 'dev' });
  if (config.mode !== 'dev') throw new Error('the development issuer is not configured');
  const issuer = await DevIssuer.open(config.dev);
  const roles = options.role;
  const minted = await issuer.mint(
    { sub: options.sub, name: options.name, email: options.email, roles },
    { expiresInSeconds: options.expiresIn },
  );
  say(minted);
  note(
    `a development token for ${options.sub}${roles.length ? ` (${roles.join(', ')})` : ''}, valid ${options.expiresIn} s, ` +
      `signed with ${issuer.keyFile}: send it as "Authorization: Bearer <token>"`,
  );
}

async function rebuild(options: RebuildOptions): Promise<void> {
  const service = serviceNamed(options.service);
  const kept = projectionsOf(service);
  if (!kept.includes(options.projection))
    throw new UsageError(
      `${service.name} keeps no ${options.projection} projection (it keeps ${kept.join(', ')})`,
    );
  if (!options.keepRows && !options.yes)
    throw new UsageError(
      `this empties the ${options.projection} projection of the ${service.name} service: its people have no agency rights there ` +
        'until the snapshots arrive. Add --yes, or --keep-rows to fill in what is missing without emptying it',
    );
  const databases = await rebuildDatabases(service, serviceNamed('agencies'));
  if ('missing' in databases) throw new UsageError(databases.missing);
  const platformDown = [databases.consumer, databases.agencies].some(
    (d) => 'startedHere' in d && d.startedHere,
  );
  if (platformDown)
    note('the platform is not running: the snapshots wait in the agencies outbox until it starts');
  try {
    const waitMs = options.wait && !platformDown ? options.timeoutSeconds * 1000 : 0;
    const complete = await rebuildProjection({
      service,
      projection: options.projection,
      consumerUrl: databases.consumer.url,
      agenciesUrl: databases.agencies.url,
      keepRows: options.keepRows,
      batchSize: options.batchSize,
      waitMs,
      log: say,
    });
    if (!complete)
      throw new Error(
        `the projection is not complete after ${options.timeoutSeconds} s: are the agencies and ${service.name} services ` +
          `running? Watch csg_outbox_backlog{service="agencies"} on /metrics`,
      );
    say(
      waitMs > 0
        ? `the ${options.projection} projection of the ${service.name} service is complete again`
        : 'done',
    );
  } finally {
    await databases.agencies.stop();
    await databases.consumer.stop();
  }
}

/** The embedded platform in this process, for a seed without --url; stopped by `stop()`. */
async function embeddedPlatformApi(): Promise<{ api: PlatformApi; stop(): Promise<void> }> {
  process.env.AUTH_MODE ||= 'dev';
  if (process.env.AUTH_MODE !== 'dev')
    throw new UsageError(
      "the demo's people sign in through the development issuer: run with AUTH_MODE=dev, or pass --url of a platform in development mode",
    );
  const port = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PG_PORT);
  const password = encodeURIComponent(process.env.EMBEDDED_PG_PASSWORD ?? 'postgres');
  if (await postgresAnswers(`postgres://postgres:${password}@127.0.0.1:${port}/postgres`))
    throw new Error(
      `the embedded PostgreSQL already answers on port ${port} (is \`npm start\` running?): seed that platform with --url http://127.0.0.1:${process.env.PORT ?? 3000}`,
    );
  // The platform's own log lines would run through the progress bar.
  process.env.LOG_LEVEL ||= 'warn';
  const platform = await createEmbeddedPlatform();
  const stopOnSignal = () => void platform.stop().finally(() => process.exit(EXIT_CODES.interrupted));
  process.once('SIGINT', stopOnSignal);
  await platform.app.init();
  return {
    api: inProcessPlatformApi(platform.app),
    stop: async () => {
      process.removeListener('SIGINT', stopOnSignal);
      await platform.stop();
    },
  };
}

async function seed(options: SeedDemoCommandOptions): Promise<void> {
  const target = options.url
    ? { api: httpPlatformApi(options.url), stop: async () => undefined }
    : await embeddedPlatformApi();
  const observer = terminalSeedObserver();
  try {
    say(
      `seeding the demo into ${target.api.where === 'this process' ? `the embedded platform (${process.env.EMBEDDED_PG_DATA_DIR ?? '.data/postgres'})` : target.api.where}`,
    );
    const result = await seedDemo(target.api, { observer, waitTimeoutMs: options.waitTimeoutSeconds * 1000 });
    observer.stop();
    for (const line of describeSeedResult(result)) say(line);
  } finally {
    observer.stop();
    await target.stop();
  }
}

/** The checkout's root: where deploy/ is, from the sources (tests) or from dist/ (the bin). */
function checkoutRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir))
    if (existsSync(join(dir, 'deploy', 'kafka-dev', 'kafka.sh'))) return dir;
  throw new Error('deploy/kafka-dev/kafka.sh not found: kafka consume runs from a checkout of the project');
}

/** Kafka's console consumer through deploy/kafka-dev (which fetches the jars once); its exit code. */
function kafkaConsume(topic: string, consumerOptions: string[]): Promise<number> {
  const script = join(checkoutRoot(), 'deploy', 'kafka-dev', 'kafka.sh');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script, 'consume', topic, ...consumerOptions], { stdio: 'inherit' });
    // Ctrl-C reaches the consumer too (one process group): it ends, and its code is ours.
    const ignore = () => undefined;
    process.on('SIGINT', ignore);
    child.once('error', (error) => {
      process.removeListener('SIGINT', ignore);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      process.removeListener('SIGINT', ignore);
      resolve(code ?? (signal === 'SIGINT' ? EXIT_CODES.interrupted : EXIT_CODES.failure));
    });
  });
}

/** What every `csg` command does: the logic of the tools it replaced, reused. */
export const REAL_ACTIONS: CsgActions = {
  token,
  migrate: (services) => runMigrateCli(services, SERVICES),
  dlq: (args) =>
    runDlqCli(
      args,
      SERVICES.map((s) => s.consumerGroup),
    ),
  rebuildProjection: rebuild,
  resnapshotAgencies: async (batchSize) => void (await runResnapshot(batchSize)),
  importFramework: importFrameworkFile,
  seedDemo: seed,
  kafkaConsume,
};
