import { openMaturityDatabase, type MaturityDatabase } from '../../../../test/maturity-database.fixture';
import type { Caller } from '../../../access/caller.util';
import type { ReportGrouping } from '../../domain/anonymised-release.rule';
import { MaturityReportHandler } from './maturity-report.handler';
import { MaturityReportQuery } from './maturity-report.query';

const CAMPAIGN = '0b5e1c9a-0000-4000-8000-000000000001';
const agencyId = (n: number) => `0b5e1c9a-0000-4000-8000-00000000010${n}`;
const caller = (operatesPlatform: boolean, agencyIds: string[] = []): Caller => ({
  sub: operatesPlatform ? 'organiser' : 'member',
  operatesPlatform,
  agencyIds,
  isAdminOf: () => false,
});

/**
 * Issue 17, item 5, against the real SQL: four federal agencies, three in education and one in
 * health. Tier FEDERAL (all four) less sector EDUCATION (three) used to be the health agency's score.
 */
describe('the maturity report released to agency members cannot be subtracted (PostgreSQL)', () => {
  let db: MaturityDatabase;
  const report = (groupBy: ReportGrouping, who: Caller) =>
    new MaturityReportHandler(db.dataSource).execute(new MaturityReportQuery(CAMPAIGN, groupBy, who));

  beforeAll(async () => {
    db = await openMaturityDatabase('maturity_report_disclosure');
    const q = (sql: string, params: unknown[]) => db.dataSource.query(sql, params);
    await q(
      `INSERT INTO campaigns (id, name, framework_id, opens_at, closes_at, audience_kind, audience_values, targets, status,
                              opened_by, version, created_at, updated_at)
       VALUES ($1, 'Issue 17', 'nist-csf-2.0', now() - interval '1 day', now() + interval '30 days', 'ALL', '{}',
               '{"default": 3, "byFunction": {}, "bySubcategory": {}}', 'OPEN', 'organiser', 1, now(), now())`,
      [CAMPAIGN],
    );
    for (let n = 1; n <= 4; n += 1) {
      await q(
        `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at)
         VALUES ($1, $2, $2, 'FEDERAL', $3, 'ACTIVE', 1, now())`,
        [agencyId(n), `AG${n}`, n === 4 ? 'HEALTH' : 'EDUCATION'],
      );
      await q(
        `WITH a AS (
           INSERT INTO assessments (id, agency_id, campaign_id, framework_id, status, tlp, created_by, submitted_by,
                                    submitted_at, version, created_at, updated_at)
           VALUES (gen_random_uuid(), $1, $2, 'nist-csf-2.0', 'SUBMITTED', 'TLP:AMBER+STRICT', 'a', 'a', now(), 2, now(), now())
           RETURNING id)
         INSERT INTO assessment_answers (assessment_id, subcategory_id, current, target, not_applicable, updated_at)
         SELECT a.id, s, $3, 3, false, now() FROM a, unnest(ARRAY['GV.OC-01', 'PR.AA-01']) s`,
        [agencyId(n), CAMPAIGN, n === 4 ? 4 : 1],
      );
    }
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('shows members the tier of four and the functions, and hides the sector of three with the sector of one', async () => {
    const member = caller(false, [agencyId(1)]);
    const hidden = { suppressed: true, agencies: null, current: null, target: null, gap: null };
    expect((await report('tier', member)).groups).toEqual([
      { key: 'FEDERAL', suppressed: false, agencies: 4, current: 1.75, target: 3, gap: 1.5 },
    ]);
    expect((await report('sector', member)).groups).toEqual([
      { key: 'EDUCATION', ...hidden },
      { key: 'HEALTH', ...hidden },
    ]);
    expect((await report('function', member)).groups.map((g) => [g.key, g.agencies])).toEqual([
      ['GV', 4],
      ['PR', 4],
    ]);
  });

  it('shows organisers every group and every agency by name', async () => {
    const named = await report('sector', caller(true));
    expect(named.groups.map((g) => [g.key, g.suppressed, g.agencies])).toEqual([
      ['EDUCATION', false, 3],
      ['HEALTH', false, 1],
    ]);
    expect(named.agencies).toHaveLength(4);
  });
});
