import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { randomTestDatabaseName, testAdminUrl, withAdmin } from '@csg/testing/postgres/test-database';
import { waitFor } from '@csg/testing/wait-for';
import { startDistributed, type DistributedPlatform } from '../src/distributed/distributed-platform';
import { SERVICES } from '../src/services';
import { devToken, getJson, postJson } from './platform-test-harness';

const ROOT = join(__dirname, '..', '..', '..');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * `npm run start:distributed`'s programmatic entry on the test PostgreSQL and broker: the five
 * services as compiled Node processes (sessions twice), each on a database of its own, reached
 * only through the gateway, which routes maturity's paths under other services' prefixes.
 */
describe('npm run start:distributed', () => {
  const databases = new Map(
    SERVICES.map((service) => [service.name, randomTestDatabaseName(`dist_${service.name}`)]),
  );
  let platform: DistributedPlatform | undefined;
  const lines: string[] = [];

  beforeAll(async () => {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    platform = await startDistributed({
      services: SERVICES,
      replicas: { sessions: 2 },
      port: 0,
      env: { ...process.env, DATABASE_URL: await testAdminUrl(), AUTH_MODE: 'dev' },
      databaseName: (service) => databases.get(service.name)!,
      appsDir: join(ROOT, 'dist', 'apps'),
      log: (line) => lines.push(line),
      readyTimeoutMs: 120_000,
    });
  }, 170_000);

  afterAll(async () => {
    await platform?.stop();
    for (const name of databases.values())
      await withAdmin((client) =>
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
      );
  });

  it('serves the API of every service through one port, then stops every process', async () => {
    const { url, processes } = platform!;
    expect(processes.map((p) => `${p.service}#${p.replica}`).sort()).toEqual([
      'agencies#1',
      'exchange#1',
      'maturity#1',
      'notifications#1',
      'sessions#1',
      'sessions#2',
    ]);
    expect(new Set(processes.map((p) => p.port)).size).toBe(processes.length);
    expect(lines.some((line) => line.startsWith('[sessions#2] '))).toBe(true);
    expect((await getJson(`${url}/health/ready`)).status).toBe(200);

    const organiser = await devToken(url, { sub: 'organiser-1', roles: ['organiser'] });
    const as = { authorization: `Bearer ${organiser}` };
    const agency = await postJson(
      `${url}/api/v1/agencies`,
      {
        name: 'National IT Board',
        acronym: `NITB${Date.now() % 100000}`,
        tier: 'FEDERAL',
        sector: 'INFORMATION_TECHNOLOGY',
        contactEmail: 'cert@nitb.gov.pk',
      },
      as,
    );
    expect(agency.status).toBe(201);

    const start = new Date(Date.now() + 7 * 86_400_000);
    start.setUTCHours(5, 0, 0, 0);
    const session = {
      sequence: 1,
      title: 'CyberSecureGov: Cyber Guidelines Initiative, session 1',
      description: 'Keynotes, practical workshops, exercises and inter-agency dialogue.',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 5 * 3_600_000).toISOString(),
      timezone: 'Asia/Karachi',
      mode: 'IN_PERSON',
      venue: 'National CERT auditorium, Islamabad',
      capacity: 50,
    };
    const planned = await postJson(`${url}/api/v1/sessions`, session, as);
    expect(planned.status).toBe(201);
    // Either replica reads it: they share the sessions database.
    for (let i = 0; i < 2; i++)
      expect((await getJson(`${url}/api/v1/sessions/${planned.body.id}`, as)).status).toBe(200);

    // Maturity's routes inside the sessions' /reports and agencies' /agencies prefixes.
    const report = await getJson(`${url}/api/v1/reports/maturity`, as);
    expect({ status: report.status, body: report.body }).toEqual({
      status: 400,
      body: expect.objectContaining({ status: 400 }),
    });
    const assessments = await waitFor(
      async () => {
        const answer = await getJson(`${url}/api/v1/agencies/${agency.body.id}/assessments`, as);
        return answer.status === 200 ? answer : undefined;
      },
      { what: 'the agency in maturity', timeoutMs: 60_000 },
    );
    expect(assessments.status).toBe(200);
    expect((await getJson(`${url}/api/v1/nowhere`)).status).toBe(404);

    await platform!.stop();
    platform = undefined;
    expect(processes.filter((p) => alive(p.pid))).toEqual([]);
  });
});
