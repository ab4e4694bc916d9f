import { randomUUID } from 'node:crypto';
import { AggregateRoot } from '@csg/domain';
import { MaturityRuleViolation } from '../../maturity-rule.violation';
import { validAudience, type AudienceKind, type CampaignAudience } from './campaign-audience.value-object';
import { validTargets, type CampaignTargets, type FrameworkShape } from './campaign-targets.value-object';
import { CAMPAIGN_ERRORS } from './campaign.errors';
import { CampaignClosed, CampaignOpened, type CampaignEvent } from './campaign.events';

export type CampaignStatus = 'OPEN' | 'CLOSED';

export interface CampaignDetails {
  name: string;
  frameworkId: string;
  opensAt: Date;
  closesAt: Date;
  sessionIds?: string[];
  audience: { kind: AudienceKind; values?: string[] };
  targets: { default: number; byFunction?: Record<string, number>; bySubcategory?: Record<string, number> };
}

export interface CampaignState {
  id: string;
  name: string;
  frameworkId: string;
  opensAt: Date;
  closesAt: Date;
  sessionIds: string[];
  audience: CampaignAudience;
  targets: CampaignTargets;
  status: CampaignStatus;
  openedBy: string;
  closedAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A maturity campaign: an audience assessing itself against one framework within a window. */
export class Campaign extends AggregateRoot<CampaignEvent> {
  private constructor(private state: CampaignState) {
    super();
  }

  /** An organiser opens a campaign; its targets are checked against the framework it uses. */
  static open(details: CampaignDetails, framework: FrameworkShape, openedBy: string, now: Date): Campaign {
    if (!(details.opensAt < details.closesAt)) {
      throw new MaturityRuleViolation(CAMPAIGN_ERRORS.windowInvalid, 'A campaign closes after it opens.');
    }
    const campaign = new Campaign({
      id: randomUUID(),
      name: details.name.trim(),
      frameworkId: details.frameworkId,
      opensAt: details.opensAt,
      closesAt: details.closesAt,
      sessionIds: [...new Set((details.sessionIds ?? []).map((s) => s.toLowerCase()))],
      audience: validAudience(details.audience),
      targets: validTargets(details.targets, framework),
      status: 'OPEN',
      openedBy,
      closedAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    campaign.record(new CampaignOpened(campaign.snapshot()));
    return campaign;
  }

  static restore(state: CampaignState): Campaign {
    return new Campaign({ ...state });
  }

  get id(): string {
    return this.state.id;
  }

  /** Refuses to close a campaign twice (checked before its assessments are frozen). */
  assertOpen(): void {
    if (this.state.status === 'CLOSED') {
      throw new MaturityRuleViolation(CAMPAIGN_ERRORS.alreadyClosed, 'The campaign is already closed.');
    }
  }

  /** Closing freezes every assessment of the campaign (ClosedCampaignsAcceptNoAnswers); says how many were frozen. */
  close(frozenAssessments: number, now: Date): void {
    this.assertOpen();
    this.state = {
      ...this.state,
      status: 'CLOSED',
      closedAt: now,
      version: this.state.version + 1,
      updatedAt: now,
    };
    this.record(new CampaignClosed(this.snapshot(), frozenAssessments));
  }

  /** AssessmentsChangeOnlyWhileTheCampaignRuns: open, and inside its window. */
  acceptsAnswers(now: Date): boolean {
    const { status, opensAt, closesAt } = this.state;
    return status === 'OPEN' && opensAt <= now && now < closesAt;
  }

  snapshot(): Readonly<CampaignState> {
    return { ...this.state };
  }
}
