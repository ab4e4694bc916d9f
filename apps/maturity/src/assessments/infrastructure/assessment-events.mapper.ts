import type { AssessmentChangedData, ProfileTargetReachedData } from '@csg/contracts';
import type { Answer } from '../domain/answer-sheet.rule';
import { assessmentMarking, type AssessmentState } from '../domain/assessment.aggregate';

/** `assessment.submitted` / `assessment.reviewed` data: the assessment as it is after the change. */
export function assessmentChangedData(
  s: Readonly<AssessmentState>,
  answered: number,
  actorSub: string,
): AssessmentChangedData {
  return {
    assessmentId: s.id,
    agencyId: s.agencyId,
    campaignId: s.campaignId,
    frameworkId: s.frameworkId,
    status: s.status,
    answered,
    actorSub,
    sharedWithAgencyIds: [...s.sharedWithAgencyIds],
    tlp: assessmentMarking(s),
    version: s.version,
    occurredAt: s.updatedAt.toISOString(),
  };
}

export function targetReachedData(s: Readonly<AssessmentState>, answer: Answer): ProfileTargetReachedData {
  return {
    assessmentId: s.id,
    agencyId: s.agencyId,
    campaignId: s.campaignId,
    subcategoryId: answer.subcategoryId,
    current: answer.current,
    target: answer.target,
    tlp: assessmentMarking(s),
    occurredAt: s.updatedAt.toISOString(),
  };
}
