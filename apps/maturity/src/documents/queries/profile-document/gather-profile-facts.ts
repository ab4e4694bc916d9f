import type { QueryBus } from '@nestjs/cqrs';
import type { EntityManager } from 'typeorm';
import { admits, AgencyRoles, Operators, param, type Principal, type TlpMarking } from '@csg/auth';
import { highestMarking } from '@csg/documents';
import { AssessmentDiffQuery } from '../../../assessments/queries/assessment-diff/assessment-diff.query';
import type { AssessmentDiffView } from '../../../assessments/queries/assessment-diff/assessment-diff.view';
import { AssessmentProfileQuery } from '../../../assessments/queries/assessment-profile/assessment-profile.query';
import type { AssessmentProfileView } from '../../../assessments/queries/assessment-profile/assessment-profile.view';
import { readableAssessment } from '../../../assessments/queries/readable-assessment.util';
import { RecommendPracticesQuery } from '../../../recommendations/queries/recommend-practices/recommend-practices.query';
import type { RecommendationsView } from '../../../recommendations/queries/recommend-practices/recommendation.view';
import { ListRoadmapQuery } from '../../../roadmaps/queries/list-roadmap/list-roadmap.query';
import type { RoadmapListing } from '../../../roadmaps/queries/list-roadmap/list-roadmap.handler';
import { ProfileFactsReader } from '../../infrastructure/profile-facts.reader';
import {
  PROFILE_MILESTONES,
  PROFILE_RECOMMENDATIONS,
  PROFILE_TOP_GAPS,
  type ProfileFacts,
  type ProfileMilestone,
} from './profile-facts';

/** Who may read an agency's roadmap and recommendations: the policies of those two routes. */
const AGENCY_READERS = [Operators(), AgencyRoles(param('id'))];
const readsAgency = (principal: Principal, agencyId: string) =>
  AGENCY_READERS.some((policy) => admits(policy, principal, { params: { id: agencyId } }));

/** The roadmap's next dates: items not done and their milestones, soonest first. */
async function nextMilestones(
  queries: QueryBus,
  agencyId: string,
  today: string,
): Promise<ProfileMilestone[]> {
  const listing: RoadmapListing = await queries.execute(
    new ListRoadmapQuery(agencyId, undefined, 'json', 200, undefined),
  );
  if (listing.format !== 'json') return [];
  return listing.page.items
    .filter((item) => item.status !== 'DONE')
    .flatMap((item) => [
      { title: item.title, dueOn: item.dueOn, ownerSub: item.ownerSub, status: item.status },
      ...item.milestones.map((m) => ({
        title: `${item.title}: ${m.title}`,
        dueOn: m.dueOn,
        ownerSub: item.ownerSub,
        status: item.status,
      })),
    ])
    .map((m) => ({ ...m, overdue: m.dueOn < today }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title))
    .slice(0, PROFILE_MILESTONES);
}

/**
 * Everything the profile documents say, each part read through the query that serves it as JSON
 * with the reader's own rights: the assessment and the diff only if the reader may read both
 * (404 otherwise), the roadmap and the recommendations only if they may call those routes, and
 * among the recommendations only practices the reader may read (the recommendation query's TLP
 * predicate). Nothing is computed twice.
 */
export async function gatherProfileFacts(
  manager: EntityManager,
  queries: QueryBus,
  request: { assessmentId: string; againstId?: string; principal: Principal; now: Date },
): Promise<ProfileFacts> {
  const { assessmentId, againstId, principal, now } = request;
  const row = await readableAssessment(manager, principal, assessmentId);
  const against = againstId ? await readableAssessment(manager, principal, againstId) : null;
  const reader = new ProfileFactsReader(manager);
  const readsRoadmap = readsAgency(principal, row.agencyId);
  const [profile, diff, cover, milestones, recommended, againstCover] = await Promise.all([
    queries.execute(new AssessmentProfileQuery(assessmentId, principal)) as Promise<AssessmentProfileView>,
    againstId
      ? (queries.execute(
          new AssessmentDiffQuery(assessmentId, againstId, principal),
        ) as Promise<AssessmentDiffView>)
      : null,
    reader.cover(assessmentId),
    readsRoadmap ? nextMilestones(queries, row.agencyId, now.toISOString().slice(0, 10)) : null,
    readsRoadmap
      ? (queries.execute(
          new RecommendPracticesQuery(row.agencyId, assessmentId, principal),
        ) as Promise<RecommendationsView>)
      : null,
    againstId ? reader.cover(againstId) : null,
  ]);
  const gaps = profile.gaps.slice(0, PROFILE_TOP_GAPS);
  const asks = new Map(
    (
      await reader.asks(
        row.frameworkId,
        gaps.map((g) => g.subcategoryId),
      )
    ).map((a) => [a.id, a.asks]),
  );
  const recommendations = recommended?.items.slice(0, PROFILE_RECOMMENDATIONS) ?? null;
  const markings = [row.tlp, against?.tlp, ...(recommendations ?? []).map((r) => r.tlp)].filter(
    Boolean,
  ) as TlpMarking[];
  return {
    generatedAt: now,
    marking: highestMarking(markings),
    assessment: {
      id: row.id,
      agencyName: cover.agencyName ?? row.agencyId,
      campaignName: cover.campaignName,
      frameworkName: cover.frameworkName
        ? `${cover.frameworkName} ${cover.frameworkVersion ?? ''}`.trim()
        : row.frameworkId,
      status: row.status,
      tlp: row.tlp as TlpMarking,
      createdAt: new Date(row.createdAt),
      submittedBy: row.submittedBy,
      submittedAt: row.submittedAt ? new Date(row.submittedAt) : null,
      reviewedBy: row.reviewedBy,
      reviewedAt: row.reviewedAt ? new Date(row.reviewedAt) : null,
    },
    profile,
    topGaps: gaps.map((g) => ({ ...g, asks: asks.get(g.subcategoryId) ?? null })),
    milestones,
    recommendations,
    diff:
      diff && againstId
        ? { againstId, againstCampaignName: againstCover?.campaignName ?? null, view: diff }
        : null,
  };
}
