import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase } from '../../libs/testing/src/postgres/test-database';
import { MATURITY_SERVICE } from '../../apps/maturity/src/maturity.service';
import {
  MaturityReportReader,
  type ReportGrouping,
} from '../../apps/maturity/src/reports/infrastructure/maturity-report.reader';
import type { BenchCase, Measurement } from '../lib/bench-case';
import { percentile, round } from '../lib/stats';

const AGENCIES = 500;
const CAMPAIGNS = 3;
const GROUPINGS: ReportGrouping[] = ['function', 'tier', 'sector'];

/**
 * The maturity report over 500 agencies × 106 subcategories × 3 campaigns (159,000 answers of
 * submitted assessments; 100 agencies in quick mode), as `GET /reports/maturity` runs it for an
 * organiser: the per-group means of per-agency means (function, tier or sector in turn) and the
 * named per-agency table, against one bare SQL aggregate over the same rows (mean current tier
 * per function of one campaign). Both run in this process on one pool, sequentially, alternating
 * which side goes first; the figure that matters is p95 (`extra.p95Ms`).
 */
export const maturityReportCase: BenchCase = {
  name: 'maturity-report',
  title: 'maturity report: per-agency then per-group means (function/tier/sector) and the named agency table',
  baselineTitle: 'one bare SQL aggregate: avg(current) per function of one campaign over the same rows',
  goal: { ratio: 1 / 3, text: 'p95 ≤ 3× one bare SQL aggregate over the same rows' },
  async setup(ctx) {
    const agencies = ctx.quick ? 100 : AGENCIES;
    const reports = ctx.quick ? 30 : 150;
    const database = await createTestDatabase('bench_maturity_report');
    const dataSource = createServiceDataSource({
      name: 'bench-maturity-report',
      url: database.url,
      entities: [],
      migrations: [...MATURITY_SERVICE.migrations],
      poolSize: 2,
    });
    await dataSource.initialize();
    await runMigrations(dataSource, { log: () => undefined, progressBar: false });
    ctx.progress(
      `maturity-report: seeding ${agencies} agencies × 106 subcategories × ${CAMPAIGNS} campaigns`,
    );
    const campaigns = await seed(dataSource.query.bind(dataSource), agencies);
    const reader = new MaturityReportReader(dataSource.manager);

    const measure = async (run: (i: number) => Promise<unknown>): Promise<Measurement> => {
      const latencies: number[] = [];
      const started = process.hrtime.bigint();
      for (let i = 0; i < reports; i += 1) {
        const t0 = process.hrtime.bigint();
        await run(i);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      latencies.sort((a, b) => a - b);
      return {
        throughput: reports / seconds,
        unit: 'req/s',
        p50Ms: round(percentile(latencies, 0.5), 3),
        p99Ms: round(percentile(latencies, 0.99), 3),
        extra: { p95Ms: round(percentile(latencies, 0.95), 3), reports, answers: agencies * 106 * CAMPAIGNS },
      };
    };
    const baseline = () =>
      measure((i) =>
        dataSource.query(
          `SELECT s.function_id, avg(x.current) AS current
             FROM assessment_answers x
             JOIN assessments a ON a.id = x.assessment_id
             JOIN framework_nodes s ON s.framework_id = a.framework_id AND s.level = 'subcategory' AND s.id = x.subcategory_id
            WHERE a.campaign_id = $1
            GROUP BY s.function_id`,
          [campaigns[i % CAMPAIGNS]],
        ),
      );
    const platform = () =>
      measure(async (i) => {
        const campaignId = campaigns[i % CAMPAIGNS];
        await reader.report(campaignId, GROUPINGS[i % GROUPINGS.length], true);
      });
    for (let i = 0; i < 6; i += 1) {
      await reader.report(campaigns[i % CAMPAIGNS], GROUPINGS[i % GROUPINGS.length], true);
    }
    return {
      async round(index) {
        ctx.progress(`maturity-report: round ${index + 1}`);
        if (index % 2 === 0) {
          const b = await baseline();
          return { baseline: b, platform: await platform() };
        }
        const p = await platform();
        return { platform: p, baseline: await baseline() };
      },
      async teardown() {
        await dataSource.destroy();
        await database.drop();
      },
    };
  },
};

/** Agencies across tiers and sectors, three campaigns, one submitted assessment per agency and campaign, every subcategory answered (the documents cases seed the same). */
export async function seed(
  query: (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>,
  agencies: number,
): Promise<string[]> {
  await query(
    `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at)
     SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'Agency ' || i, 'AG' || i,
            (ARRAY['FEDERAL','PROVINCIAL','DEPARTMENTAL'])[1 + i % 3],
            (ARRAY['EDUCATION','INFORMATION_TECHNOLOGY','IMMIGRATION','HOME_AFFAIRS','FINANCE','HEALTH','ENERGY','TELECOM'])[1 + i % 8],
            'ACTIVE', 1, now()
       FROM generate_series(1, $1::int) i`,
    [agencies],
  );
  const campaigns: string[] = [];
  for (let c = 0; c < CAMPAIGNS; c += 1) {
    const [row] = await query(
      `INSERT INTO campaigns (id, name, framework_id, opens_at, closes_at, audience_kind, audience_values, targets, status,
                              opened_by, version, created_at, updated_at)
       VALUES (gen_random_uuid(), 'Bench campaign ' || $1::int, 'nist-csf-2.0', now() - interval '1 day', now() + interval '30 days',
               'ALL', '{}', '{"default": 3, "byFunction": {}, "bySubcategory": {}}', 'OPEN', 'bench', 1, now(), now())
       RETURNING id`,
      [c],
    );
    campaigns.push(String(row.id));
    await query(
      `INSERT INTO assessments (id, agency_id, campaign_id, framework_id, status, tlp, created_by, submitted_by, submitted_at,
                                version, created_at, updated_at)
       SELECT gen_random_uuid(), agency_id, $1, 'nist-csf-2.0', 'SUBMITTED', 'TLP:AMBER+STRICT', 'bench', 'bench', now(), 2, now(), now()
         FROM agency_directory`,
      [row.id],
    );
    await query(
      `INSERT INTO assessment_answers (assessment_id, subcategory_id, current, target, not_applicable, updated_at)
       SELECT a.id, s.id, floor(random() * 5)::smallint, 3, random() < 0.05, now()
         FROM assessments a CROSS JOIN framework_nodes s
        WHERE a.campaign_id = $1 AND s.framework_id = 'nist-csf-2.0' AND s.level = 'subcategory'`,
      [row.id],
    );
  }
  await query('ANALYZE');
  return campaigns;
}
