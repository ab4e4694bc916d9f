import { httpPlatformApi } from '../src/seed/platform-api';
import { seedDemo, type SeedResult } from '../src/seed/seed-demo';
import { describeSeedResult } from '../src/seed/seed-report';
import {
  devToken,
  getJson,
  queryDatabase,
  startEmbeddedTestPlatform,
  type EmbeddedTestPlatform,
} from './platform-test-harness';

/** What the demo story holds (apps/embedded/src/seed/demo-story.ts), kind by kind. */
const STORY = {
  agencies: 10,
  members: 23,
  sessions: 1,
  'agenda items': 5,
  registrations: 10,
  materials: 3,
  campaigns: 2,
  assessments: 18,
  'assessment reviews': 3,
  attendances: 7,
  feedback: 5,
  practices: 6,
  comments: 3,
  endorsements: 5,
  announcements: 1,
  'roadmap items': 8,
};

/**
 * `csg seed demo` against the embedded platform as `npm start` runs it (fresh databases): the
 * story goes in through the API, a second run changes nothing, and the anonymised maturity report
 * an agency member reads shows groups.
 */
describe('the demo seed (embedded platform)', () => {
  let platform: EmbeddedTestPlatform;
  let first: SeedResult;
  let second: SeedResult;
  const log = jest.fn();

  beforeAll(async () => {
    platform = await startEmbeddedTestPlatform('seed_demo');
    const api = httpPlatformApi(platform.baseUrl);
    first = await seedDemo(api, { sessionLeadMs: 10_000, observer: { step: log, note: log } });
    second = await seedDemo(api, { observer: { step: log, note: log } });
  });

  afterAll(async () => {
    await platform?.stop();
  });

  it('creates the whole story the first time', () => {
    expect(first.changed).toBe(true);
    expect(first.created).toEqual(STORY);
    expect(first.existing).toEqual({});
    expect(log).toHaveBeenCalledWith({ index: 15, total: 15, title: 'reports' });
  });

  it('changes nothing the second time, and says so', () => {
    expect(second.changed).toBe(false);
    expect(second.created).toEqual({});
    expect(second.existing).toEqual(STORY);
    expect(describeSeedResult(second)[0]).toMatch(/^nothing to do: the demo data is already there/);
  });

  it('went through the services: their own databases hold what the story says', async () => {
    const count = async (service: string, sql: string) =>
      (await queryDatabase<{ n: number }>(platform.databases[service].url, sql))[0].n;
    expect(await count('agencies', 'SELECT count(*)::int AS n FROM agencies')).toBe(STORY.agencies);
    expect(await count('agencies', 'SELECT count(*)::int AS n FROM members')).toBe(STORY.members);
    expect(
      await count('sessions', `SELECT count(*)::int AS n FROM registrations WHERE status = 'WAITLISTED'`),
    ).toBe(1);
    expect(
      await count('sessions', `SELECT count(*)::int AS n FROM registrations WHERE status = 'CANCELLED'`),
    ).toBe(1);
    expect(
      await count('exchange', `SELECT count(*)::int AS n FROM practices WHERE status = 'PUBLISHED'`),
    ).toBe(5);
    expect(
      await count('maturity', `SELECT count(*)::int AS n FROM assessments WHERE status <> 'DRAFT'`),
    ).toBe(18);
  });

  it('gives agency members an anonymised maturity report with groups of three or more agencies', async () => {
    const baseUrl = platform.baseUrl;
    const token = await devToken(baseUrl, { sub: 'dgip-rabia' });
    const campaigns = await getJson(`${baseUrl}/api/v1/campaigns`, { authorization: `Bearer ${token}` });
    const followUp = campaigns.body.items.find(
      (c: { name: string }) => c.name === 'CSF 2.0 follow-up after session 8',
    );
    const report = await getJson(`${baseUrl}/api/v1/reports/maturity?campaignId=${followUp.id}`, {
      authorization: `Bearer ${token}`,
    });
    expect(report.status).toBe(200);
    expect(report.body.named).toBe(false);
    const shown = report.body.groups.filter((g: { suppressed: boolean }) => !g.suppressed);
    expect(shown.length).toBe(6);
    for (const group of shown) expect(group.agencies).toBeGreaterThanOrEqual(3);
    expect(first.maturityGroupsShown).toBe(6);
    expect(first.impactVerdict).toBe('COMPARABLE');
  });
});
