import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { waitFor } from '@csg/testing/wait-for';
import { createEmbeddedPlatform, EMBEDDED_DATABASES, type EmbeddedPlatform } from '../src/embedded-platform';
import { devToken, getJson, listenOnFreePort, postJson, useDevAuth } from './platform-test-harness';

const hdp = {
  name: 'Home Department, Government of Punjab',
  acronym: 'HDP',
  tier: 'PROVINCIAL',
  jurisdiction: 'Punjab',
  sector: 'HOME_AFFAIRS',
  contactEmail: 'cyber@punjab.gov.pk',
};

describe('the embedded platform (four services, one process, in-process transport)', () => {
  let platform: EmbeddedPlatform;
  let baseUrl: string;
  let auth: Record<string, string>;
  const databases: Partial<Record<keyof typeof EMBEDDED_DATABASES, TestDatabase>> = {};

  beforeAll(async () => {
    useDevAuth();
    for (const service of Object.keys(EMBEDDED_DATABASES) as Array<keyof typeof EMBEDDED_DATABASES>) {
      databases[service] = await createTestDatabase(`embedded_${service}`);
    }
    const urls = Object.fromEntries(Object.entries(databases).map(([k, db]) => [k, db!.url])) as never;
    platform = await createEmbeddedPlatform({ databaseUrls: urls });
    baseUrl = (await listenOnFreePort(platform.app)).baseUrl;
    auth = {
      authorization: `Bearer ${await devToken(baseUrl, { sub: 'organiser-1', roles: ['organiser'] })}`,
    };
  });

  afterAll(async () => {
    await platform?.stop();
    for (const db of Object.values(databases)) await db?.drop();
  });

  it('is ready once every database, relay and consumer is', async () => {
    const response = await fetch(`${baseUrl}/health/ready`);
    const body = (await response.json()) as { checks: Record<string, { ok: boolean }> };
    expect(response.status).toBe(200);
    expect(Object.keys(body.checks)).toEqual(
      expect.arrayContaining(['agencies:database', 'notifications:messaging', 'transport']),
    );
  });

  it('carries an agency registered in agencies into the notifications projection', async () => {
    const created = await postJson(`${baseUrl}/api/v1/agencies`, hdp, auth);
    expect(created.status).toBe(201);
    const client = new Client({ connectionString: databases.notifications!.url });
    await client.connect();
    try {
      const row = await waitFor(
        async () => {
          const { rows } = await client.query(
            'SELECT acronym, status, version FROM agency_directory WHERE agency_id = $1',
            [created.body.id],
          );
          return rows[0];
        },
        { what: 'the agency in the notifications directory' },
      );
      expect(row).toEqual({ acronym: 'HDP', status: 'ACTIVE', version: 1 });
    } finally {
      await client.end();
    }
  });

  it('answers bad input with a problem document that lists each field and changes nothing', async () => {
    const count = async () => {
      const client = new Client({ connectionString: databases.agencies!.url });
      await client.connect();
      try {
        const [agencies, outbox] = await Promise.all([
          client.query('SELECT count(*)::int AS n FROM agencies'),
          client.query('SELECT count(*)::int AS n FROM outbox'),
        ]);
        return { agencies: agencies.rows[0].n, outbox: outbox.rows[0].n };
      } finally {
        await client.end();
      }
    };
    const before = await count();
    const missing = await getJson(`${baseUrl}/api/v1/agencies/00000000-0000-4000-8000-000000000000`, auth);
    const bad = await postJson(
      `${baseUrl}/api/v1/agencies`,
      { ...hdp, acronym: 'X!', tier: 'GALACTIC', role: 'agency-admin' },
      auth,
    );
    expect(missing.status).toBe(404);
    expect(await count()).toEqual(before);
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'acronym',
      'role',
      'tier',
    ]);
  });

  it('asks anonymous callers for a token and refuses a forged one, with problem documents', async () => {
    const anonymous = await postJson(`${baseUrl}/api/v1/agencies`, hdp);
    expect(anonymous.status).toBe(401);
    expect(anonymous.contentType).toContain('application/problem+json');
    const forged = await postJson(`${baseUrl}/api/v1/agencies`, hdp, {
      authorization: `${auth.authorization}x`,
    });
    expect(forged.status).toBe(401);
    expect(JSON.stringify(forged.body)).not.toMatch(/signature|kid|alg/i);
  });

  it('refuses a second agency with the same acronym, whatever its case', async () => {
    const duplicate = await postJson(`${baseUrl}/api/v1/agencies`, { ...hdp, acronym: 'hdp' }, auth);
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('AGENCY.ACRONYM_TAKEN');
  });
});
