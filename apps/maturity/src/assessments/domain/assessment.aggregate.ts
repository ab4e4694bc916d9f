import { randomUUID } from 'node:crypto';
import { VersionedAggregateRoot, versionMismatchMessage } from '@csg/domain';
import { MaturityRuleViolation } from '../../maturity-rule.violation';
import { targetsReached, type Answer } from './answer-sheet.rule';
import { ASSESSMENT_ERRORS } from './assessment.errors';
import {
  AssessmentReviewed,
  AssessmentSubmitted,
  ProfileTargetReached,
  type AssessmentEvent,
} from './assessment.events';

export type AssessmentStatus = 'DRAFT' | 'SUBMITTED' | 'REVIEWED';
export type AssessmentMarking = 'TLP:AMBER+STRICT' | 'TLP:AMBER';

export const MAX_SHARED_AGENCIES = 50;

export interface AssessmentState {
  id: string;
  agencyId: string;
  campaignId: string;
  frameworkId: string;
  status: AssessmentStatus;
  /** Set when its campaign closed: nothing changes any more. */
  frozen: boolean;
  copiedFromId: string | null;
  sharedWithAgencyIds: string[];
  createdBy: string;
  submittedBy: string | null;
  submittedAt: Date | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewComment: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Assessments shared with other agencies are TLP:AMBER, otherwise TLP:AMBER+STRICT. */
export function assessmentMarking(state: Pick<AssessmentState, 'sharedWithAgencyIds'>): AssessmentMarking {
  return state.sharedWithAgencyIds.length > 0 ? 'TLP:AMBER' : 'TLP:AMBER+STRICT';
}

/** The answers a request records: those stored before it for the same subcategories, and the new ones. */
export interface AnswerChange {
  before: ReadonlyMap<string, Pick<Answer, 'current' | 'target' | 'notApplicable'>>;
  after: readonly Answer[];
}

const NO_ANSWERS: AnswerChange = { before: new Map(), after: [] };

/** The campaign facts an assessment is started against. */
export interface CampaignFacts {
  id: string;
  frameworkId: string;
  acceptsAnswers: boolean;
}

/** One agency's self-assessment in one campaign (the answers live beside it, written in bulk). */
export class Assessment extends VersionedAggregateRoot<AssessmentEvent> {
  private constructor(private state: AssessmentState) {
    super();
  }

  /**
   * An agency-admin starts the agency's assessment, optionally carrying a previous one of the
   * same agency and framework forward (CopyOnlyFromTheAgencysOwnAssessmentOfTheSameFramework).
   */
  static start(
    agencyId: string,
    campaign: CampaignFacts,
    createdBy: string,
    copyFrom: Pick<AssessmentState, 'id' | 'agencyId' | 'frameworkId'> | null,
    now: Date,
  ): Assessment {
    if (!campaign.acceptsAnswers) {
      throw new MaturityRuleViolation(
        ASSESSMENT_ERRORS.campaignNotRunning,
        'The campaign is closed or outside its window.',
      );
    }
    if (copyFrom && (copyFrom.agencyId !== agencyId || copyFrom.frameworkId !== campaign.frameworkId)) {
      throw new MaturityRuleViolation(
        ASSESSMENT_ERRORS.copySourceInvalid,
        'copyFrom must be an earlier assessment of the same agency on the same framework.',
      );
    }
    return new Assessment({
      id: randomUUID(),
      agencyId,
      campaignId: campaign.id,
      frameworkId: campaign.frameworkId,
      status: 'DRAFT',
      frozen: false,
      copiedFromId: copyFrom?.id ?? null,
      sharedWithAgencyIds: [],
      createdBy,
      submittedBy: null,
      submittedAt: null,
      reviewedBy: null,
      reviewedAt: null,
      reviewComment: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
  }

  static restore(state: AssessmentState): Assessment {
    return new Assessment({ ...state, sharedWithAgencyIds: [...state.sharedWithAgencyIds] });
  }

  get id(): string {
    return this.state.id;
  }

  /** Assessments shared with other agencies are TLP:AMBER, otherwise TLP:AMBER+STRICT. */
  get marking(): AssessmentMarking {
    return assessmentMarking(this.state);
  }

  protected override versionMismatch(version: number): MaturityRuleViolation {
    return new MaturityRuleViolation(
      ASSESSMENT_ERRORS.versionMismatch,
      versionMismatchMessage('assessment', version),
    );
  }

  /** AnswersChangeOnlyInADraftOfARunningCampaign (refuses without changing anything). */
  assertTakesAnswers(campaignAcceptsAnswers: boolean): void {
    this.assertChangeable(campaignAcceptsAnswers);
    if (this.state.status !== 'DRAFT') {
      throw new MaturityRuleViolation(
        ASSESSMENT_ERRORS.notDraft,
        'Only a draft assessment takes answers; this one is submitted.',
      );
    }
  }

  /**
   * AnswersChangeOnlyInADraftOfARunningCampaign; every subcategory the change brings to its
   * target for the first time is a fact (TargetReachedOnlyOnTheCrossing).
   */
  recordAnswers(campaignAcceptsAnswers: boolean, now: Date, change: AnswerChange = NO_ANSWERS): void {
    this.assertTakesAnswers(campaignAcceptsAnswers);
    this.bump(now);
    for (const reached of targetsReached(change.before, change.after)) {
      this.record(new ProfileTargetReached(this.snapshot(), { ...reached }));
    }
  }

  /** An agency-admin submits a draft with at least one answer. */
  submit(by: string, answered: number, campaignAcceptsAnswers: boolean, now: Date): void {
    this.assertChangeable(campaignAcceptsAnswers);
    if (this.state.status !== 'DRAFT') {
      throw new MaturityRuleViolation(ASSESSMENT_ERRORS.notDraft, 'The assessment is already submitted.');
    }
    if (answered === 0) {
      throw new MaturityRuleViolation(
        ASSESSMENT_ERRORS.nothingAnswered,
        'Answer at least one subcategory before submitting.',
      );
    }
    this.state = { ...this.state, status: 'SUBMITTED', submittedBy: by, submittedAt: now };
    this.bump(now);
    this.record(new AssessmentSubmitted(this.snapshot(), answered, by));
  }

  /**
   * An organiser reviews a submitted assessment (also after the campaign closed); `answered`
   * is how many subcategories it answers, as the fact tells.
   */
  review(by: string, comment: string | null, answered: number, now: Date): void {
    if (this.state.status !== 'SUBMITTED') {
      throw new MaturityRuleViolation(
        ASSESSMENT_ERRORS.notSubmitted,
        'Only a submitted assessment is reviewed.',
      );
    }
    this.state = {
      ...this.state,
      status: 'REVIEWED',
      reviewedBy: by,
      reviewedAt: now,
      reviewComment: comment?.trim() || null,
    };
    this.bump(now);
    this.record(new AssessmentReviewed(this.snapshot(), answered, by));
  }

  /**
   * AnAgencySharesWithOtherAgenciesOnly: never with itself, at most 50, and each agency it adds
   * registered and verified (`isVerified`, from the agency directory); an agency already shared
   * with may stay when it is suspended later. Returns false when nothing changes.
   */
  shareWith(agencyIds: readonly string[], isVerified: (agencyId: string) => boolean, now: Date): boolean {
    const ids = [...new Set(agencyIds.map((id) => id.toLowerCase()))].sort();
    if (ids.includes(this.state.agencyId.toLowerCase()) || ids.length > MAX_SHARED_AGENCIES) {
      throw new MaturityRuleViolation(
        ASSESSMENT_ERRORS.sharingInvalid,
        `Share with up to ${MAX_SHARED_AGENCIES} other agencies (not the assessment's own).`,
      );
    }
    const unknown = ids.filter((id) => !this.state.sharedWithAgencyIds.includes(id) && !isVerified(id));
    if (unknown.length > 0) {
      throw new MaturityRuleViolation(
        ASSESSMENT_ERRORS.sharedAgencyUnknown,
        `Share only with registered, verified agencies; not with ${unknown.join(', ')}.`,
      );
    }
    if (ids.join() === [...this.state.sharedWithAgencyIds].sort().join()) return false;
    this.state = { ...this.state, sharedWithAgencyIds: ids };
    this.bump(now);
    return true;
  }

  override snapshot(): Readonly<AssessmentState> {
    return { ...this.state, sharedWithAgencyIds: [...this.state.sharedWithAgencyIds] };
  }

  private assertChangeable(campaignAcceptsAnswers: boolean): void {
    if (this.state.frozen || !campaignAcceptsAnswers) {
      throw new MaturityRuleViolation(
        ASSESSMENT_ERRORS.frozen,
        'The campaign is closed or outside its window: the assessment is frozen.',
      );
    }
  }

  private bump(now: Date): void {
    this.state = { ...this.state, version: this.state.version + 1, updatedAt: now };
  }
}
