import type { PersonPrincipal } from '@csg/auth';
import { ProfileDocumentQuery } from '../../apps/maturity/src/assessments/queries/assessment-profile/profile-document.query';
import { AssessmentProfileQuery } from '../../apps/maturity/src/assessments/queries/assessment-profile/assessment-profile.query';
import { ProfileDocumentHandler } from '../../apps/maturity/src/documents/queries/profile-document/profile-document.handler';
import type { BenchCase } from '../lib/bench-case';
import { measureSequentially, seedDocumentsData } from './documents.fixture';

/**
 * One agency's maturity profile as PDF (`GET /assessments/{id}/profile.pdf?against=`), as a
 * member of the agency reads it: the profile, diff, roadmap and recommendations read through
 * their own handlers over 500 agencies × 106 subcategories × 3 campaigns, then the cover, four
 * charts and the tables laid out and written. Against the JSON profile of the same assessment.
 * The goal is absolute: p95 ≤ 500 ms (`extra.p95Ms`; the runner checks the stricter p99).
 */
export const profilePdfCase: BenchCase = {
  name: 'profile-pdf',
  title: "an agency's profile PDF with ?against= (profile, diff, roadmap, recommendations, 4 charts, layout)",
  baselineTitle: 'the JSON profile of the same assessment (GET /assessments/{id}/profile)',
  goal: { ratio: 0, p99MaxMs: 500, text: 'p95 ≤ 500 ms (checked on p99)' },
  async setup(ctx) {
    const documents = ctx.quick ? 10 : 40;
    ctx.progress('profile-pdf: seeding');
    const data = await seedDocumentsData('bench_profile_pdf', ctx.quick ? 100 : 500);
    const reader: PersonPrincipal = {
      kind: 'person',
      sub: 'bench-member',
      platformRoles: [],
      memberships: [{ agencyId: data.agencyId, role: 'member', agencyStatus: 'ACTIVE' }],
    };
    const handler = new ProfileDocumentHandler(data.dataSource, data.queries, data.clock);
    const pdf = () =>
      measureSequentially(documents, () =>
        handler.execute(
          new ProfileDocumentQuery(data.assessmentId, 'pdf', reader, data.baselineAssessmentId),
        ),
      );
    const json = () =>
      measureSequentially(documents, () =>
        data.queries.execute(new AssessmentProfileQuery(data.assessmentId, reader)),
      );
    const sample = await handler.execute(
      new ProfileDocumentQuery(data.assessmentId, 'pdf', reader, data.baselineAssessmentId),
    );
    ctx.progress(`profile-pdf: ${sample.body.length} bytes`);
    return {
      async round(index) {
        ctx.progress(`profile-pdf: round ${index + 1}`);
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
