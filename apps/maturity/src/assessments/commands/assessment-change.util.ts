import { isAgencyAdmin, type Principal } from '@csg/auth';
import { MaturityRuleViolation } from '../../shared/maturity-rule.violation';
import type { CampaignRepository } from '../../campaigns/domain/campaign-repository.port';
import type { Campaign } from '../../campaigns/domain/campaign.aggregate';
import type { AssessmentRepository } from '../domain/assessment-repository.port';
import type { Assessment } from '../domain/assessment.aggregate';
import { ASSESSMENT_ERRORS } from '../domain/assessment.errors';
import type { AssessmentViews } from '../queries/assessment-views.port';
import type { AssessmentView } from '../queries/assessment.view';

/** The ports a change of an assessment finds it through (each handler has them injected). */
export interface AssessmentChangePorts {
  assessments: AssessmentRepository;
  campaigns: CampaignRepository;
  views: AssessmentViews;
}

/**
 * The assessment a change is about, locked: one the caller cannot read does not exist for them
 * (404); one they read but do not administer is a 403 (`adminOnly`). Also returns its campaign.
 */
export async function assessmentForChange(
  { assessments, campaigns, views }: AssessmentChangePorts,
  principal: Principal,
  assessmentId: string,
  options: { adminOnly: boolean },
): Promise<{ assessment: Assessment; campaign: Campaign }> {
  const readable = await views.isReadable(principal, assessmentId);
  const assessment = readable ? await assessments.lockById(assessmentId) : null;
  if (!assessment) throw new MaturityRuleViolation(ASSESSMENT_ERRORS.notFound, 'No such assessment.');
  if (options.adminOnly && !isAgencyAdmin(principal, assessment.snapshot().agencyId)) {
    throw new MaturityRuleViolation(
      ASSESSMENT_ERRORS.notAgencyAdmin,
      "Only the agency's admins change its assessment.",
    );
  }
  const campaign = await campaigns.findById(assessment.snapshot().campaignId);
  if (!campaign) throw new MaturityRuleViolation(ASSESSMENT_ERRORS.notFound, 'No such assessment.');
  return { assessment, campaign };
}

/** The assessment as the caller now reads it, with its answers (after a change, in the same transaction). */
export async function assessmentViewAfter(
  views: AssessmentViews,
  principal: Principal,
  assessmentId: string,
): Promise<AssessmentView> {
  const view = await views.viewFor(principal, assessmentId);
  if (!view) throw new MaturityRuleViolation(ASSESSMENT_ERRORS.notFound, 'No such assessment.');
  return view;
}
