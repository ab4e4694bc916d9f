import type { PersonPrincipal } from '@csg/auth';
import { callerOf } from '../../apps/maturity/src/access/caller.util';
import { ProgrammeReportHandler } from '../../apps/maturity/src/documents/queries/programme-report/programme-report.handler';
import { ProgrammeReportQuery } from '../../apps/maturity/src/documents/queries/programme-report/programme-report.query';
import { MaturityReportQuery } from '../../apps/maturity/src/reports/queries/maturity-report/maturity-report.query';
import type { BenchCase } from '../lib/bench-case';
import { measureSequentially, seedDocumentsData } from './documents.fixture';

/**
 * The programme report PDF (`GET /reports/programme.pdf`) for an organiser over 500 agencies ×
 * 3 campaigns, 12 completed sessions and 300 practices: six maturity reports (three groupings
 * × two campaigns), twelve impact comparisons, participation, the exchange, then layout.
 * Against one of its parts: the maturity report by function of the campaign (JSON).
 * The goal is absolute: ≤ 3 s (p99 of the rounds' documents).
 */
export const programmePdfCase: BenchCase = {
  name: 'programme-pdf',
  title:
    'the programme report PDF: 6 maturity reports, 12 impact comparisons, participation, exchange, layout',
  baselineTitle: 'the maturity report by function of the same campaign (GET /reports/maturity, JSON)',
  goal: { ratio: 0, p99MaxMs: 3_000, text: '≤ 3 s over 500 agencies × 3 campaigns' },
  async setup(ctx) {
    const documents = ctx.quick ? 2 : 5;
    ctx.progress('programme-pdf: seeding');
    const data = await seedDocumentsData('bench_programme_pdf', ctx.quick ? 100 : 500);
    const organiser: PersonPrincipal = {
      kind: 'person',
      sub: 'bench-organiser',
      platformRoles: ['organiser'],
      memberships: [],
    };
    const [baseline, , campaign] = data.campaigns;
    const from = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date().toISOString().slice(0, 10);
    const handler = new ProgrammeReportHandler(data.dataSource, data.queries, data.clock);
    const pdf = () =>
      measureSequentially(documents, () =>
        handler.execute(new ProgrammeReportQuery(from, to, campaign, baseline, organiser)),
      );
    const json = () =>
      measureSequentially(documents, () =>
        data.queries.execute(new MaturityReportQuery(campaign, 'function', callerOf(organiser))),
      );
    const sample = await handler.execute(new ProgrammeReportQuery(from, to, campaign, baseline, organiser));
    ctx.progress(`programme-pdf: ${sample.body.length} bytes`);
    return {
      async round(index) {
        ctx.progress(`programme-pdf: round ${index + 1}`);
        if (index % 2 === 0) {
          const baseline = await json();
          return { baseline, platform: await pdf() };
        }
        const platform = await pdf();
        return { platform, baseline: await json() };
      },
      teardown: () => data.drop(),
    };
  },
};
