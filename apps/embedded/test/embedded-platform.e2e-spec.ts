import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { waitFor } from '@csg/testing/wait-for';
import { createEmbeddedPlatform, EMBEDDED_DATABASES, type EmbeddedPlatform } from '../src/embedded-platform';
import { listenOnFreePort, postJson } from './platform-test-harness';

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
  const databases: Partial<Record<keyof typeof EMBEDDED_DATABASES, TestDatabase>> = {};

  beforeAll(async () => {
    for (const service of Object.keys(EMBEDDED_DATABASES) as Array<keyof typeof EMBEDDED_DATABASES>) {
      databases[service] = await createTestDatabase(`embedded_${service}`);
    }
    const urls = Object.fromEntries(Object.entries(databases).map(([k, db]) => [k, db!.url])) as never;
    platform = await createEmbeddedPlatform({ databaseUrls: urls });
    baseUrl = (await listenOnFreePort(platform.app)).baseUrl;
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
    const created = await postJson(`${baseUrl}/api/v1/agencies`, hdp);
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
      expect(row).toEqual({ acronym: 'HDP', status: 'PENDING_VERIFICATION', version: 1 });
    } finally {
      await client.end();
    }
  });

  it('answers bad input with a problem document that lists each field and changes nothing', async () => {
    const before = await fetch(`${baseUrl}/api/v1/agencies/00000000-0000-4000-8000-000000000000`);
    const bad = await postJson(`${baseUrl}/api/v1/agencies`, {
      ...hdp,
      acronym: 'X!',
      tier: 'GALACTIC',
      role: 'agency-admin',
    });
    expect(before.status).toBe(404);
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'acronym',
      'role',
      'tier',
    ]);
  });

  it('refuses a second agency with the same acronym, whatever its case', async () => {
    const duplicate = await postJson(`${baseUrl}/api/v1/agencies`, { ...hdp, acronym: 'hdp' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('AGENCY.ACRONYM_TAKEN');
  });
});
