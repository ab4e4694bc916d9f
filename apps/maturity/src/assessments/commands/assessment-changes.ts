import { Injectable } from '@nestjs/common';
import { isAgencyAdmin, type Principal } from '@csg/auth';
import { MaturityRuleViolation } from '../../shared/maturity-rule.violation';
import { CampaignRepository } from '../../campaigns/domain/campaign-repository.port';
import type { Campaign } from '../../campaigns/domain/campaign.aggregate';
import { AssessmentRepository } from '../domain/assessment-repository.port';
import type { Assessment } from '../domain/assessment.aggregate';
import { ASSESSMENT_ERRORS } from '../domain/assessment.errors';
import { AssessmentViews } from '../queries/assessment-views.port';
import type { AssessmentView } from '../queries/assessment.view';

/**
 * What every change of an assessment starts and ends with, in the running unit of work: the
 * assessment locked with its campaign, and the assessment as the caller reads it afterwards.
 */
@Injectable()
export class AssessmentChanges {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly campaigns: CampaignRepository,
    private readonly views: AssessmentViews,
  ) {}

  /**
   * The assessment a change is about, locked: one the caller cannot read does not exist for them
   * (404); one they read but do not administer is a 403 (`adminOnly`). Also returns its campaign.
   */
  async lockForChange(
    principal: Principal,
    assessmentId: string,
    options: { adminOnly: boolean },
  ): Promise<{ assessment: Assessment; campaign: Campaign }> {
    const readable = await this.views.isReadable(principal, assessmentId);
    const assessment = readable ? await this.assessments.lockById(assessmentId) : null;
    if (!assessment) throw new MaturityRuleViolation(ASSESSMENT_ERRORS.notFound, 'No such assessment.');
    if (options.adminOnly && !isAgencyAdmin(principal, assessment.snapshot().agencyId)) {
      throw new MaturityRuleViolation(
        ASSESSMENT_ERRORS.notAgencyAdmin,
        "Only the agency's admins change its assessment.",
      );
    }
    const campaign = await this.campaigns.findById(assessment.snapshot().campaignId);
    if (!campaign) throw new MaturityRuleViolation(ASSESSMENT_ERRORS.notFound, 'No such assessment.');
    return { assessment, campaign };
  }

  /** The assessment as the caller now reads it, with its answers (after a change, in the same transaction). */
  async viewAfter(principal: Principal, assessmentId: string): Promise<AssessmentView> {
    const view = await this.views.viewFor(principal, assessmentId);
    if (!view) throw new MaturityRuleViolation(ASSESSMENT_ERRORS.notFound, 'No such assessment.');
    return view;
  }
}
