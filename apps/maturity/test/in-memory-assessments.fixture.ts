import { AssessmentChanges } from '../src/assessments/commands/assessment-changes';
import { CSF } from '@csg/frameworks';
import { createPlatformEventRegistry } from '@csg/contracts';
import type { PersonPrincipal, Principal } from '@csg/auth';
import type { TransactionSource } from '@csg/messaging';
import { InMemoryUnitOfWork } from '@csg/messaging/outbox/in-memory-unit-of-work';
import { TestClock } from '@csg/testing/test-clock';
import { callerOf } from '../src/access/caller.util';
import type { Answer } from '../src/assessments/domain/answer-sheet.rule';
import { AssessmentAnswers } from '../src/assessments/domain/assessment-answers.port';
import {
  AssessmentFrameworks,
  type FrameworkSubcategories,
} from '../src/assessments/domain/assessment-frameworks.port';
import { AssessmentRepository } from '../src/assessments/domain/assessment-repository.port';
import {
  Assessment,
  assessmentMarking,
  type AssessmentState,
} from '../src/assessments/domain/assessment.aggregate';
import { CampaignAudiences } from '../src/assessments/domain/campaign-audiences.port';
import { VerifiedAgencies } from '../src/assessments/domain/verified-agencies.port';
import { Campaign } from '../src/campaigns/domain/campaign.aggregate';
import { AssessmentViews } from '../src/assessments/queries/assessment-views.port';
import { toAssessmentView, type AssessmentView } from '../src/assessments/queries/assessment.view';
import { RecordAnswersHandler } from '../src/assessments/commands/record-answers/record-answers.handler';
import { ReviewAssessmentHandler } from '../src/assessments/commands/review-assessment/review-assessment.handler';
import { ShareAssessmentHandler } from '../src/assessments/commands/share-assessment/share-assessment.handler';
import { StartAssessmentHandler } from '../src/assessments/commands/start-assessment/start-assessment.handler';
import { SubmitAssessmentHandler } from '../src/assessments/commands/submit-assessment/submit-assessment.handler';
import { MaturityRuleViolation } from '../src/maturity-rule.violation';
import { MATURITY_OUTBOX } from '../src/maturity.outbox';
import { InMemoryCampaignRepository } from './in-memory-campaigns.fixture';

/** The time every change in this file happens at. */
const now = new Date();

/** Assessments kept in a map, with the table's version check and one assessment per agency and campaign. */
export class InMemoryAssessmentRepository extends AssessmentRepository {
  readonly rows = new Map<string, AssessmentState>();

  constructor(private readonly transactions: TransactionSource) {
    super();
  }

  async insert(assessment: Assessment): Promise<void> {
    const s = assessment.snapshot();
    if ([...this.rows.values()].some((r) => r.agencyId === s.agencyId && r.campaignId === s.campaignId))
      throw new MaturityRuleViolation('ASSESSMENT.ALREADY_EXISTS', 'The agency already has one.');
    this.rows.set(assessment.id, s);
    this.transactions.current.track(assessment);
  }

  async findById(id: string): Promise<Assessment | null> {
    const row = this.rows.get(id);
    return row ? Assessment.restore(row) : null;
  }

  async lockById(id: string): Promise<Assessment | null> {
    return this.findById(id);
  }

  async update(assessment: Assessment, previousVersion: number): Promise<void> {
    if (this.rows.get(assessment.id)?.version !== previousVersion)
      throw new MaturityRuleViolation('ASSESSMENT.VERSION_MISMATCH', 'The assessment changed meanwhile.');
    this.rows.set(assessment.id, assessment.snapshot());
    this.transactions.current.track(assessment);
  }

  /** Puts an assessment in place as if saved earlier (its facts are not published). */
  given(assessment: Assessment): Assessment {
    assessment.pullRecordedEvents();
    this.rows.set(assessment.id, assessment.snapshot());
    return Assessment.restore(assessment.snapshot());
  }
}

/** Answers per assessment and subcategory; a copy keeps the source's targets (no campaign lookup). */
export class InMemoryAssessmentAnswers extends AssessmentAnswers {
  readonly byAssessment = new Map<string, Map<string, Answer>>();

  private of(assessmentId: string): Map<string, Answer> {
    let answers = this.byAssessment.get(assessmentId);
    if (!answers) this.byAssessment.set(assessmentId, (answers = new Map()));
    return answers;
  }

  async existing(assessmentId: string, subcategoryIds: string[]): Promise<Map<string, Answer>> {
    const answers = this.of(assessmentId);
    return new Map(subcategoryIds.flatMap((id) => (answers.has(id) ? [[id, answers.get(id)!]] : [])));
  }

  async upsert(assessmentId: string, answers: readonly Answer[]): Promise<void> {
    for (const answer of answers) this.of(assessmentId).set(answer.subcategoryId, { ...answer });
  }

  async count(assessmentId: string): Promise<number> {
    return this.of(assessmentId).size;
  }

  async copy(fromAssessmentId: string, toAssessmentId: string): Promise<number> {
    const from = [...this.of(fromAssessmentId).values()];
    await this.upsert(toAssessmentId, from);
    return from.length;
  }
}

/** Only the built-in NIST CSF 2.0. */
export class InMemoryAssessmentFrameworks extends AssessmentFrameworks {
  async subcategoriesOf(frameworkId: string): Promise<FrameworkSubcategories | null> {
    if (frameworkId !== 'nist-csf-2.0') return null;
    const known = new Set(CSF.subcategoryIds());
    return { functionOf: (id) => (known.has(id) ? CSF.resolve(id)?.functionId : undefined) };
  }
}

/** Every agency is in every campaign's audience, except those `exclude`d. */
export class InMemoryCampaignAudiences extends CampaignAudiences {
  private readonly excluded = new Set<string>();

  exclude(campaignId: string, agencyId: string): void {
    this.excluded.add(`${campaignId}/${agencyId}`);
  }

  async includes(campaignId: string, agencyId: string): Promise<boolean> {
    return !this.excluded.has(`${campaignId}/${agencyId}`);
  }
}

/** The agency directory's ACTIVE agencies: every agency unless `unverify`d. */
export class InMemoryVerifiedAgencies extends VerifiedAgencies {
  private readonly unverified = new Set<string>();

  unverify(agencyId: string): void {
    this.unverified.add(agencyId.toLowerCase());
  }

  async among(agencyIds: readonly string[]): Promise<Set<string>> {
    return new Set(agencyIds.filter((id) => !this.unverified.has(id)));
  }
}

/**
 * The TLP read predicate over the maps: operators read every assessment, the agency's members
 * theirs, members of the agencies it is shared with a shared one.
 */
export class InMemoryAssessmentViews extends AssessmentViews {
  constructor(
    private readonly assessments: InMemoryAssessmentRepository,
    private readonly answers: InMemoryAssessmentAnswers,
  ) {
    super();
  }

  async isReadable(reader: Principal, assessmentId: string): Promise<boolean> {
    const row = this.assessments.rows.get(assessmentId);
    if (!row) return false;
    const caller = callerOf(reader);
    return (
      caller.operatesPlatform ||
      caller.agencyIds.includes(row.agencyId) ||
      row.sharedWithAgencyIds.some((id) => caller.agencyIds.includes(id))
    );
  }

  async viewFor(reader: Principal, assessmentId: string): Promise<AssessmentView | null> {
    if (!(await this.isReadable(reader, assessmentId))) return null;
    const s = this.assessments.rows.get(assessmentId)!;
    const order = CSF.subcategoryIds();
    const answers = [...(this.answers.byAssessment.get(assessmentId)?.values() ?? [])].sort(
      (a, b) => order.indexOf(a.subcategoryId) - order.indexOf(b.subcategoryId),
    );
    return toAssessmentView(
      {
        ...s,
        tlp: assessmentMarking(s),
        answered: answers.length,
        sortKey: s.createdAt.toISOString(),
      },
      answers,
    );
  }
}

/** The assessment ports in memory, sharing one unit of work (and campaigns) and one clock with the handlers. */
export function inMemoryAssessments() {
  const unitOfWork = new InMemoryUnitOfWork(createPlatformEventRegistry(), MATURITY_OUTBOX, '/csg/maturity');
  const assessments = new InMemoryAssessmentRepository(unitOfWork);
  const answers = new InMemoryAssessmentAnswers();
  const campaigns = new InMemoryCampaignRepository(unitOfWork);
  const frameworks = new InMemoryAssessmentFrameworks();
  const audiences = new InMemoryCampaignAudiences();
  const views = new InMemoryAssessmentViews(assessments, answers);
  const verifiedAgencies = new InMemoryVerifiedAgencies();
  const clock = new TestClock();
  const changes = new AssessmentChanges(unitOfWork, assessments, campaigns, views, clock);
  return {
    unitOfWork,
    assessments,
    answers,
    campaigns,
    frameworks,
    audiences,
    views,
    verifiedAgencies,
    clock,
    start: new StartAssessmentHandler(unitOfWork, assessments, answers, campaigns, audiences, changes, clock),
    record: new RecordAnswersHandler(answers, frameworks, changes),
    submit: new SubmitAssessmentHandler(answers, changes),
    review: new ReviewAssessmentHandler(answers, changes),
    share: new ShareAssessmentHandler(changes, verifiedAgencies),
  };
}

export const AGENCY = '11111111-1111-4111-8111-111111111111';
export const OTHER_AGENCY = '22222222-2222-4222-8222-222222222222';

/** A person with one ACTIVE membership (or none), optionally an organiser of the platform. */
export function person(
  sub: string,
  membership?: { agencyId?: string; role: 'agency-admin' | 'member' },
  platformRoles: PersonPrincipal['platformRoles'] = [],
): PersonPrincipal {
  return {
    kind: 'person',
    sub,
    platformRoles,
    memberships: membership
      ? [{ agencyId: membership.agencyId ?? AGENCY, role: membership.role, agencyStatus: 'ACTIVE' }]
      : [],
  };
}

const DAY = 86_400_000;

/**
 * A NIST CSF 2.0 campaign for every agency, saved earlier: `running` now, `upcoming` (opens
 * tomorrow) or `closed`; targets 2, GV 3, PR.AA-01 4.
 */
export function givenCampaign(
  campaigns: InMemoryCampaignRepository,
  window: 'running' | 'upcoming' | 'closed' = 'running',
): Campaign {
  const opensAt = new Date(Date.now() + (window === 'upcoming' ? DAY : -DAY));
  const campaign = Campaign.open(
    {
      name: 'Baseline',
      frameworkId: 'nist-csf-2.0',
      opensAt,
      closesAt: new Date(opensAt.getTime() + 2 * DAY),
      audience: { kind: 'ALL' },
      targets: { default: 2, byFunction: { GV: 3 }, bySubcategory: { 'PR.AA-01': 4 } },
    },
    { functionIds: CSF.functionIds(), subcategoryIds: CSF.subcategoryIds() },
    'org',
    now,
  );
  if (window === 'closed') campaign.close(0, now);
  return campaigns.given(campaign);
}
