import { heldTransaction } from '@csg/messaging';
import type { EntityManager } from 'typeorm';
import { isAgencyAdmin, type Principal } from '@csg/auth';
import { MaturityRuleViolation } from '../../shared/maturity-rule.violation';
import { TypeOrmCampaignRepository } from '../../campaigns/infrastructure/campaign.repository';
import type { Campaign } from '../../campaigns/domain/campaign.aggregate';
import type { Assessment } from '../domain/assessment.aggregate';
import { ASSESSMENT_ERRORS } from '../domain/assessment.errors';
import { AssessmentReader } from '../infrastructure/assessment.reader';
import { AssessmentRepository } from '../infrastructure/assessment.repository';
import { toAssessmentView, type AssessmentView } from '../queries/assessment.view';

/**
 * The assessment a change is about, locked: one the caller cannot read does not exist for them
 * (404); one they read but do not administer is a 403 (`adminOnly`). Also returns its campaign.
 */
export async function assessmentForChange(
  manager: EntityManager,
  principal: Principal,
  assessmentId: string,
  options: { adminOnly: boolean },
): Promise<{ assessment: Assessment; campaign: Campaign }> {
  const readable = await new AssessmentReader(manager).visible(principal, assessmentId);
  const assessment = readable ? await new AssessmentRepository(manager).lockById(assessmentId) : null;
  if (!assessment) throw new MaturityRuleViolation(ASSESSMENT_ERRORS.notFound, 'No such assessment.');
  if (options.adminOnly && !isAgencyAdmin(principal, assessment.snapshot().agencyId)) {
    throw new MaturityRuleViolation(
      ASSESSMENT_ERRORS.notAgencyAdmin,
      "Only the agency's admins change its assessment.",
    );
  }
  const campaign = await new TypeOrmCampaignRepository(heldTransaction(manager)).findById(
    assessment.snapshot().campaignId,
  );
  if (!campaign) throw new MaturityRuleViolation(ASSESSMENT_ERRORS.notFound, 'No such assessment.');
  return { assessment, campaign };
}

/** The assessment as the caller now reads it, with its answers (after a change, in the same transaction). */
export async function assessmentViewAfter(
  manager: EntityManager,
  principal: Principal,
  assessmentId: string,
): Promise<AssessmentView> {
  const reader = new AssessmentReader(manager);
  const row = await reader.visible(principal, assessmentId);
  if (!row) throw new MaturityRuleViolation(ASSESSMENT_ERRORS.notFound, 'No such assessment.');
  return toAssessmentView(row, await reader.answers(assessmentId));
}
