import { Injectable } from '@nestjs/common';
import { isAgencyAdmin, type Principal } from '@csg/auth';
import { Clock, runVersionedChange, type VersionedRepository } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { MaturityRuleViolation } from '../../maturity-rule.violation';
import { CampaignRepository } from '../../campaigns/domain/campaign-repository.port';
import type { Campaign } from '../../campaigns/domain/campaign.aggregate';
import { AssessmentRepository } from '../domain/assessment-repository.port';
import type { Assessment } from '../domain/assessment.aggregate';
import { ASSESSMENT_ERRORS } from '../domain/assessment.errors';
import { AssessmentViews } from '../queries/assessment-views.port';
import type { AssessmentView } from '../queries/assessment.view';

const assessmentNotFound = () => new MaturityRuleViolation(ASSESSMENT_ERRORS.notFound, 'No such assessment.');

/** Which assessment a change is about, over which version, and whether only its agency's admins make it. */
export interface AssessmentChangeTarget {
  assessmentId: string;
  expectedVersions: readonly number[] | undefined;
  adminOnly: boolean;
}

/**
 * What every change of an assessment starts and ends with: the versioned change (libs/domain)
 * over the assessments the caller may change, answered with the assessment as they read it
 * afterwards, with its answers.
 */
@Injectable()
export class AssessmentChanges {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentRepository,
    private readonly campaigns: CampaignRepository,
    private readonly views: AssessmentViews,
    private readonly clock: Clock,
  ) {}

  /** One change in a unit of work of its own; `apply` gets the time of the change. */
  change(
    principal: Principal,
    { assessmentId, expectedVersions, adminOnly }: AssessmentChangeTarget,
    apply: (assessment: Assessment, now: Date) => unknown,
  ): Promise<AssessmentView> {
    const now = this.clock.now();
    return runVersionedChange(this.unitOfWork, this.changeableBy(principal, adminOnly), {
      id: assessmentId,
      expectedVersions,
      notFound: assessmentNotFound,
      apply: (assessment) => apply(assessment, now),
      answer: () => this.viewAfter(principal, assessmentId),
    });
  }

  /** The campaign the assessment belongs to. */
  async campaignOf(assessment: Assessment): Promise<Campaign> {
    const campaign = await this.campaigns.findById(assessment.snapshot().campaignId);
    if (!campaign) throw assessmentNotFound();
    return campaign;
  }

  /** The assessment as the caller now reads it, with its answers (after a change, in the same transaction). */
  async viewAfter(principal: Principal, assessmentId: string): Promise<AssessmentView> {
    const view = await this.views.viewFor(principal, assessmentId);
    if (!view) throw assessmentNotFound();
    return view;
  }

  /**
   * The assessments as a change locks them: one the caller cannot read does not exist for them
   * (404); one they read but do not administer is a 403 (`adminOnly`), before their If-Match counts.
   */
  private changeableBy(principal: Principal, adminOnly: boolean): VersionedRepository<Assessment> {
    return {
      lockById: async (id) => {
        const assessment = (await this.views.isReadable(principal, id))
          ? await this.assessments.lockById(id)
          : null;
        if (assessment && adminOnly && !isAgencyAdmin(principal, assessment.snapshot().agencyId)) {
          throw new MaturityRuleViolation(
            ASSESSMENT_ERRORS.notAgencyAdmin,
            "Only the agency's admins change its assessment.",
          );
        }
        return assessment;
      },
      update: (assessment, previousVersion) => this.assessments.update(assessment, previousVersion),
    };
  }
}
