import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { AGENCIES_SERVICE } from '../../../agencies/src/agencies.service';
import { SESSIONS_SERVICE } from '../../../sessions/src/sessions.service';
import { REAL_ACTIONS } from './csg.actions';
import { runCsg } from './csg.cli';
import { EXIT_CODES, type CsgIo } from './csg-commands';

const VARIABLES = ['DATABASE_URL', 'AGENCIES_DATABASE_URL', 'SESSIONS_DATABASE_URL'];

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

async function csg(...args: string[]) {
  const output = { out: '', err: '' };
  const io: CsgIo = { out: (t) => void (output.out += t), err: (t) => void (output.err += t) };
  return { code: await runCsg(args, REAL_ACTIONS, io), ...output };
}

/** Real commands of `csg` against real (fresh) PostgreSQL databases. */
describe('csg against PostgreSQL', () => {
  const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
  let agencies: TestDatabase;
  let sessions: TestDatabase;

  beforeAll(async () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    agencies = await createTestDatabase('csg_agencies');
    sessions = await createTestDatabase('csg_sessions');
    VARIABLES.forEach((name) => delete process.env[name]);
    process.env.AGENCIES_DATABASE_URL = agencies.url;
    process.env.SESSIONS_DATABASE_URL = sessions.url;
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    for (const [name, value] of Object.entries(saved))
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    await agencies?.drop();
    await sessions?.drop();
  });

  it('csg migrate runs every migration of the named services, and a second run finds nothing to do', async () => {
    expect(await csg('migrate', 'agencies', 'sessions')).toMatchObject({ code: EXIT_CODES.ok, err: '' });
    const count = async (url: string) =>
      (await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM migrations'))[0].n;
    expect(await count(agencies.url)).toBe(AGENCIES_SERVICE.migrations.length);
    expect(await count(sessions.url)).toBe(SESSIONS_SERVICE.migrations.length);
    expect(await csg('migrate', 'agencies', 'sessions')).toMatchObject({ code: EXIT_CODES.ok });
    expect(await count(agencies.url)).toBe(AGENCIES_SERVICE.migrations.length);
  });

  it('csg projections rebuild empties the projection only when confirmed, then re-emits through the agencies outbox', async () => {
    const stale = `INSERT INTO projected_agencies (agency_id, name, acronym, status, version, updated_at)
                   VALUES (gen_random_uuid(), 'Gone', 'GONE', 'ACTIVE', 1, now())`;
    await query(sessions.url, stale);
    // The agencies service's current state: one agency with one member.
    await query(
      agencies.url,
      `WITH agency AS (
         INSERT INTO agencies (id, name, acronym, tier, sector, contact_email, status, version, created_at, updated_at)
         VALUES (gen_random_uuid(), 'Higher Education Commission', 'HEC', 'FEDERAL', 'EDUCATION', 'cyber@hec.example.gov.pk',
                 'ACTIVE', 1, now(), now())
         RETURNING id)
       INSERT INTO members (id, agency_id, sub, email, display_name, role, version, created_at, updated_at)
       SELECT gen_random_uuid(), id, 'hec-ayesha', 'ayesha@hec.example.gov.pk', 'Ayesha Khan', 'agency-admin', 1, now(), now()
       FROM agency`,
    );
    const unconfirmed = await csg('projections', 'rebuild', 'sessions', 'memberships');
    expect(unconfirmed.code).toBe(EXIT_CODES.usage);
    expect(unconfirmed.err).toMatch(/Add --yes/);
    const rows = async () =>
      (await query<{ n: number }>(sessions.url, 'SELECT count(*)::int AS n FROM projected_agencies'))[0].n;
    expect(await rows()).toBe(1);
    expect(await csg('projections', 'rebuild', 'sessions', 'memberships', '--keep-rows')).toMatchObject({
      code: EXIT_CODES.ok,
    });
    expect(await rows()).toBe(1);
    // Nothing relays the agencies outbox here: the projection stays empty and --wait says so.
    const waited = await csg(
      'projections',
      'rebuild',
      'sessions',
      'memberships',
      '--yes',
      '--wait',
      '--timeout',
      '1',
    );
    expect(waited.code).toBe(EXIT_CODES.failure);
    expect(waited.err).toMatch(/not complete after 1 s: are the agencies and sessions services running/);
    expect(await rows()).toBe(0);
    const snapshots = await query<{ event_type: string; n: number }>(
      agencies.url,
      `SELECT event_type, count(*)::int AS n FROM outbox WHERE event_type LIKE '%snapshotted%' GROUP BY 1 ORDER BY 1`,
    );
    // Once by --keep-rows, once by --yes.
    expect(snapshots).toEqual([
      { event_type: 'csg.agencies.agency.snapshotted.v1', n: 2 },
      { event_type: 'csg.agencies.member.snapshotted.v1', n: 2 },
    ]);
  });

  it('csg projections rebuild refuses a database URL it cannot tell apart', async () => {
    delete process.env.SESSIONS_DATABASE_URL;
    try {
      const mixed = await csg('projections', 'rebuild', 'sessions', 'agency-directory', '--yes');
      expect(mixed.code).toBe(EXIT_CODES.usage);
      expect(mixed.err).toMatch(/set both SESSIONS_DATABASE_URL and AGENCIES_DATABASE_URL/);
    } finally {
      process.env.SESSIONS_DATABASE_URL = sessions.url;
    }
  });
});
