import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { waitFor } from '@csg/testing/wait-for';
import { freePort } from '../../test/free-port';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './embedded-postgres.server';
import { isAlive } from './postmaster-pid.util';

const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');
const FIXTURE = resolve(__dirname, '..', '..', 'test', 'start-embedded-postgres.fixture.ts');

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('startEmbeddedPostgres', () => {
  let root: string;
  let dataDir: string;
  let port: number;
  let server: EmbeddedPostgresHandle | undefined;
  let lines: string[] = [];
  const start = (databases: string[] = []): Promise<EmbeddedPostgresHandle> =>
    startEmbeddedPostgres({ dataDir, port, databases, log: (line) => lines.push(line) });

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'embedded-pg-it-'));
    dataDir = join(root, 'nested', 'postgres');
    port = await freePort();
  });
  beforeEach(() => {
    lines = [];
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('start_WhenFolderIsEmpty_InitialisesTheClusterAndCreatesTheDatabases', async () => {
    const startedAt = Date.now();
    server = await start(['agencies', 'sessions', 'exchange', 'notifications']);
    expect(Date.now() - startedAt).toBeLessThan(15_000);

    const names = await withClient(server.urlFor('postgres'), async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database ORDER BY datname',
      );
      return rows.map((row) => row.datname);
    });
    expect(names).toEqual(expect.arrayContaining(['agencies', 'sessions', 'exchange', 'notifications']));
    expect(lines.some((line) => line.includes('initialised a new PostgreSQL'))).toBe(true);
    if (process.getuid?.() === 0) {
      const status = await readFile(`/proc/${server.pid}/status`, 'utf8');
      expect(status).not.toMatch(/^Uid:\s+0\s/m);
    }
  });

  it('server_WhenTenConnectionsInterleaveTransactions_KeepsThemIsolated', async () => {
    server = await start(['agencies']);
    const url = server.urlFor('agencies');
    await withClient(url, (client) => client.query('CREATE TABLE jobs (id int PRIMARY KEY, owner int)'));
    const clients = Array.from({ length: 10 }, () => new Client({ connectionString: url }));
    try {
      await Promise.all(clients.map((client) => client.connect()));
      await Promise.all(clients.map((client) => client.query('BEGIN')));
      await Promise.all(clients.map((client, i) => client.query('INSERT INTO jobs VALUES ($1, NULL)', [i])));
      const ownCounts = await Promise.all(
        clients.map((client) => client.query('SELECT count(*)::int AS n FROM jobs')),
      );
      expect(ownCounts.map((result) => result.rows[0].n)).toEqual(Array(10).fill(1));
      await Promise.all(clients.map((client, i) => client.query(i % 2 === 0 ? 'COMMIT' : 'ROLLBACK')));

      await Promise.all(clients.map((client) => client.query('BEGIN')));
      const claimed = await Promise.all(
        clients.map((client) =>
          client.query<{ id: number }>('SELECT id FROM jobs ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED'),
        ),
      );
      const ids = claimed.flatMap((result) => result.rows.map((row) => row.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual([0, 2, 4, 6, 8]);
      await Promise.all(clients.map((client) => client.query('COMMIT')));
    } finally {
      await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
    }
  });

  it('stopThenStart_WhenDataWasCommitted_KeepsItWithoutInitdb', async () => {
    server = await start(['agencies']);
    await withClient(server.urlFor('agencies'), (client) =>
      client.query("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('x')"),
    );
    await server.stop();
    const startedAt = Date.now();
    server = await start(['agencies']);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    const { rows } = await withClient(server.urlFor('agencies'), (client) =>
      client.query('SELECT count(*)::int AS n FROM kept'),
    );
    expect(rows[0].n).toBe(1);
    expect(lines.some((line) => line.includes('initialised'))).toBe(false);
  });

  it('start_WhenSomeDatabasesAreMissing_CreatesOnlyThose', async () => {
    server = await start(['agencies', 'late_addition']);
    expect(lines).toContain('created databases: late_addition');
  });

  it('start_WhenPreviousServerWasOrphanedByAKilledProcess_StopsItAndStarts', async () => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', FIXTURE, dataDir, String(port)], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const ready = await waitFor(() => /READY (\d+)/.exec(output), {
      timeoutMs: 60_000,
      what: `child server (${output})`,
    });
    const orphanPid = Number(ready[1]);
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGKILL');
    await exited;
    expect(isAlive(orphanPid)).toBe(true);

    server = await start();
    expect(
      lines.some((line) => line.includes(`stopping an orphaned PostgreSQL server (pid ${orphanPid})`)),
    ).toBe(true);
    expect(isAlive(orphanPid)).toBe(false);
    const { rows } = await withClient(server.urlFor('orphaned'), (client) => client.query('SELECT 1 AS one'));
    expect(rows[0].one).toBe(1);
  });

  it('start_WhenPidFileIsStale_RemovesItAndStarts', async () => {
    await writeFile(join(dataDir, 'postmaster.pid'), `999999\n${dataDir}\n`);
    server = await start();
    expect(lines.some((line) => line.includes('removed a stale postmaster.pid'))).toBe(true);
  });

  it('start_WhenAlreadyRunningForThisProcess_Refuses', async () => {
    server = await start();
    await expect(start()).rejects.toThrow(/already running .* started by this process/);
  });

  const asRoot = process.getuid?.() === 0 ? it : it.skip;
  asRoot('start_WhenRunAsRootUnderAPrivateFolder_AddsOnlyTheTraverseBitForThePostgresUser', async () => {
    const privateRoot = await mkdtemp(join(tmpdir(), 'embedded-pg-private-'));
    await chmod(privateRoot, 0o700);
    try {
      const privateServer = await startEmbeddedPostgres({
        dataDir: join(privateRoot, 'pg'),
        port: await freePort(),
      });
      await privateServer.stop();
      expect((await stat(privateRoot)).mode & 0o777).toBe(0o701);
      expect((await stat(join(privateRoot, 'pg'))).uid).not.toBe(0);
    } finally {
      await rm(privateRoot, { recursive: true, force: true });
    }
  });

  it('start_WhenPortIsTaken_FailsWithTheServerOutput', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(port, '127.0.0.1', done));
    try {
      await expect(start()).rejects.toThrow(/failed to start[\s\S]*could not (bind|create)/);
    } finally {
      await new Promise((done) => blocker.close(done));
    }
  });
});
