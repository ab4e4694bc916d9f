import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findFreePort } from '../kafka/ports';

const SCRIPT = join('deploy', 'keycloak-dev', 'keycloak.sh');

/** deploy/keycloak-dev of this repo, found upwards from this file (works from src/ and dist/). */
export function keycloakDevDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, SCRIPT))) return join(dir, 'deploy', 'keycloak-dev');
    if (dirname(dir) === dir) throw new Error(`${SCRIPT} not found above ${__dirname}`);
  }
}

/** A Keycloak the test started, with the project's realm imported. */
export interface TestKeycloak {
  baseUrl: string;
  /** `http://127.0.0.1:<port>/realms/csg`: the issuer of the realm's tokens. */
  issuer: string;
  jwksUrl: string;
  /** Seconds from the start command to the realm answering. */
  startSeconds: number;
  /** Keycloak's own log so far (the realm import's warnings show up here). */
  log(): string;
  stop(): Promise<void>;
}

export const KEYCLOAK_TEST_ADMIN = { username: 'admin', password: 'admin-for-tests-only' };

function run(command: 'start' | 'stop', env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'bash',
      [join(keycloakDevDir(), 'keycloak.sh'), command],
      { env: { ...process.env, ...env }, timeout: 600_000, maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        reject(
          new Error(`keycloak.sh ${command} failed (${error.code ?? error.signal}):\n${stdout}${stderr}`),
        );
      },
    );
  });
}

/**
 * Starts the project's Keycloak (deploy/keycloak-dev, fetched from Maven Central on first use) on a
 * free loopback port with a state dir of its own, and the shipped realm imported. Throws, never
 * skips, when Java or Maven are missing.
 */
export async function startTestKeycloak(): Promise<TestKeycloak> {
  const port = await findFreePort();
  const dir = mkdtempSync(join(tmpdir(), 'csg-keycloak-'));
  const env = {
    KEYCLOAK_DEV_PORT: String(port),
    KEYCLOAK_DEV_DIR: dir,
    KEYCLOAK_DEV_ADMIN: KEYCLOAK_TEST_ADMIN.username,
    KEYCLOAK_DEV_ADMIN_PASSWORD: KEYCLOAK_TEST_ADMIN.password,
  };
  const started = Date.now();
  await run('start', env);
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    issuer: `${baseUrl}/realms/csg`,
    jwksUrl: `${baseUrl}/realms/csg/protocol/openid-connect/certs`,
    startSeconds: (Date.now() - started) / 1000,
    log: () => readFileSync(join(dir, 'keycloak.log'), 'utf8'),
    stop: async () => {
      await run('stop', env);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
