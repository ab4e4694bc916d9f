import type { QueryBus } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import type { Clock } from '@csg/domain';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase } from '../../libs/testing/src/postgres/test-database';
import { AssessmentDiffHandler } from '../../apps/maturity/src/assessments/queries/assessment-diff/assessment-diff.handler';
import { AssessmentDiffQuery } from '../../apps/maturity/src/assessments/queries/assessment-diff/assessment-diff.query';
import { AssessmentProfileHandler } from '../../apps/maturity/src/assessments/queries/assessment-profile/assessment-profile.handler';
import { AssessmentProfileQuery } from '../../apps/maturity/src/assessments/queries/assessment-profile/assessment-profile.query';
import { MATURITY_SERVICE } from '../../apps/maturity/src/maturity.service';
import { RecommendPracticesHandler } from '../../apps/maturity/src/recommendations/queries/recommend-practices/recommend-practices.handler';
import { RecommendPracticesQuery } from '../../apps/maturity/src/recommendations/queries/recommend-practices/recommend-practices.query';
import { ImpactReportHandler } from '../../apps/maturity/src/reports/queries/impact-report/impact-report.handler';
import { ImpactReportQuery } from '../../apps/maturity/src/reports/queries/impact-report/impact-report.query';
import { MaturityReportHandler } from '../../apps/maturity/src/reports/queries/maturity-report/maturity-report.handler';
import { MaturityReportQuery } from '../../apps/maturity/src/reports/queries/maturity-report/maturity-report.query';
import { ListRoadmapHandler } from '../../apps/maturity/src/roadmaps/queries/list-roadmap/list-roadmap.handler';
import { ListRoadmapQuery } from '../../apps/maturity/src/roadmaps/queries/list-roadmap/list-roadmap.query';
import type { Measurement } from '../lib/bench-case';
import { percentile, round } from '../lib/stats';
import { seed } from './maturity-report.case';

/** The maturity data the documents read, seeded once per case on a fresh database. */
export interface DocumentsData {
  dataSource: DataSource;
  /** The query bus of the maturity service, reduced to the handlers the documents ask. */
  queries: QueryBus;
  clock: Clock;
  campaigns: string[];
  /** Agency 1 and its assessment in the latest and the first campaign. */
  agencyId: string;
  assessmentId: string;
  baselineAssessmentId: string;
  drop(): Promise<void>;
}

/**
 * 500 agencies × 106 subcategories × 3 campaigns (the maturity-report case's seed), and what the
 * documents add: 300 published practices (a tenth of them TLP:AMBER for other agencies) with
 * adoptions, 12 completed sessions each attended by 40 agencies and covering one category, and a
 * roadmap of 30 items with milestones for agency 1.
 */
export async function seedDocumentsData(name: string, agencies: number): Promise<DocumentsData> {
  const database = await createTestDatabase(name);
  const dataSource = createServiceDataSource({
    name,
    url: database.url,
    entities: [],
    migrations: [...MATURITY_SERVICE.migrations],
    poolSize: 4,
  });
  await dataSource.initialize();
  await runMigrations(dataSource, { log: () => undefined, progressBar: false });
  const query = dataSource.query.bind(dataSource);
  const campaigns = await seed(query, agencies);
  await query(
    `INSERT INTO projected_practices (practice_id, owner_agency_id, title, framework_refs, subcategory_ids, tlp,
                                      shared_with_agency_ids, published, version, updated_at)
     SELECT gen_random_uuid(), a.agency_id, 'Practice ' || i, ARRAY[s.category_id], ARRAY[s.id],
            CASE WHEN i % 10 = 0 THEN 'TLP:AMBER' ELSE 'TLP:GREEN' END, '{}', true, 1, now()
       FROM generate_series(1, 300) i
       JOIN LATERAL (SELECT agency_id FROM agency_directory ORDER BY agency_id OFFSET (i * 7) % $1 LIMIT 1) a ON true
       JOIN LATERAL (SELECT id, category_id FROM framework_nodes WHERE framework_id = 'nist-csf-2.0' AND level = 'subcategory'
                      ORDER BY position OFFSET i % 106 LIMIT 1) s ON true`,
    [agencies],
  );
  await query(
    `INSERT INTO projected_practice_adoptions (practice_id, agency_id)
     SELECT p.practice_id, d.agency_id FROM projected_practices p
       JOIN agency_directory d ON abs(hashtext(p.practice_id::text || d.agency_id::text)) % 50 = 0`,
  );
  await query(
    `WITH s AS (SELECT gen_random_uuid() AS id, i FROM generate_series(1, 12) i),
          made AS (INSERT INTO projected_sessions (session_id, title, status, starts_at, version)
                   SELECT id, 'Workshop ' || i, 'COMPLETED', now() - (i || ' days')::interval, 3 FROM s RETURNING session_id),
          covered AS (INSERT INTO projected_session_coverage (session_id, source_id, subcategory_ids, version)
                      SELECT s.id, 'agenda:1', ARRAY(SELECT id FROM framework_nodes WHERE framework_id = 'nist-csf-2.0'
                                                      AND level = 'subcategory' ORDER BY position OFFSET s.i * 8 LIMIT 8), 3
                        FROM s RETURNING 1)
     INSERT INTO projected_session_attendance (session_id, agency_id)
     SELECT s.id, d.agency_id FROM s JOIN agency_directory d ON abs(hashtext(s.id::text || d.agency_id::text)) % 12 = 0`,
  );
  const [agency] = await query(`SELECT agency_id AS id FROM agency_directory ORDER BY agency_id LIMIT 1`);
  await query(
    `INSERT INTO roadmap_items (id, agency_id, title, subcategory_ids, priority, effort, due_on, milestones, practice_ids,
                                status, created_by, version, created_at, updated_at)
     SELECT gen_random_uuid(), $1, 'Roadmap item ' || i, ARRAY['DE.CM-01'], 'P2', 'M', current_date + (i * 5 - 20),
            jsonb_build_array(jsonb_build_object('title', 'Milestone ' || i, 'dueOn', current_date + (i * 5 - 25))), '{}',
            'PLANNED', 'bench', 1, now(), now()
       FROM generate_series(1, 30) i`,
    [agency.id],
  );
  await query('ANALYZE');
  const [assessment] = await query(`SELECT id FROM assessments WHERE agency_id = $1 AND campaign_id = $2`, [
    agency.id,
    campaigns[2],
  ]);
  const [baseline] = await query(`SELECT id FROM assessments WHERE agency_id = $1 AND campaign_id = $2`, [
    agency.id,
    campaigns[0],
  ]);
  const handlers = new Map<unknown, { execute(query: unknown): Promise<unknown> }>([
    [AssessmentProfileQuery, new AssessmentProfileHandler(dataSource)],
    [AssessmentDiffQuery, new AssessmentDiffHandler(dataSource)],
    [RecommendPracticesQuery, new RecommendPracticesHandler(dataSource)],
    [ListRoadmapQuery, new ListRoadmapHandler(dataSource)],
    [MaturityReportQuery, new MaturityReportHandler(dataSource)],
    [ImpactReportQuery, new ImpactReportHandler(dataSource)],
  ] as Array<[unknown, { execute(query: never): Promise<unknown> }]>);
  const queries = { execute: (q: object) => handlers.get(q.constructor)!.execute(q) } as unknown as QueryBus;
  return {
    dataSource,
    queries,
    clock: { now: () => new Date() },
    campaigns,
    agencyId: agency.id,
    assessmentId: assessment.id,
    baselineAssessmentId: baseline.id,
    async drop() {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** Runs `run` `count` times in a row and reports its rate and latencies (p95 in `extra`). */
export async function measureSequentially(
  count: number,
  run: (i: number) => Promise<unknown>,
  extra: Record<string, unknown> = {},
): Promise<Measurement> {
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) {
    const t0 = process.hrtime.bigint();
    await run(i);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  return {
    throughput: count / seconds,
    unit: 'req/s',
    p50Ms: round(percentile(latencies, 0.5), 3),
    p99Ms: round(percentile(latencies, 0.99), 3),
    extra: {
      p95Ms: round(percentile(latencies, 0.95), 3),
      maxMs: round(latencies[latencies.length - 1], 3),
      ...extra,
    },
  };
}
