import type { AssessmentChangedData, ProfileTargetReachedData } from '@csg/contracts';
import type { Answer } from '../domain/answer-sheet.rule';
import type { Assessment } from '../domain/assessment.aggregate';

export function assessmentChangedData(
  assessment: Assessment,
  answered: number,
  actorSub: string,
): AssessmentChangedData {
  const s = assessment.snapshot();
  return {
    assessmentId: s.id,
    agencyId: s.agencyId,
    campaignId: s.campaignId,
    frameworkId: s.frameworkId,
    status: s.status,
    answered,
    actorSub,
    sharedWithAgencyIds: [...s.sharedWithAgencyIds],
    tlp: assessment.marking,
    version: s.version,
    occurredAt: s.updatedAt.toISOString(),
  };
}

export function targetReachedData(assessment: Assessment, answer: Answer): ProfileTargetReachedData {
  const s = assessment.snapshot();
  return {
    assessmentId: s.id,
    agencyId: s.agencyId,
    campaignId: s.campaignId,
    subcategoryId: answer.subcategoryId,
    current: answer.current,
    target: answer.target,
    tlp: assessment.marking,
    occurredAt: s.updatedAt.toISOString(),
  };
}
