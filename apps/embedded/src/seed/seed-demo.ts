import { baselineAnswers, followUpAnswers } from './demo-answers';
import {
  DemoActors,
  SeedFailure,
  describeAnswer,
  emailOf,
  personBySub,
  problemCode,
  sleep,
} from './demo-actors';
import {
  AGENCIES,
  AGENDA,
  ANNOUNCEMENT,
  CAMPAIGNS,
  CANCELLED_REGISTRATION,
  FEEDBACK,
  MATERIALS,
  NO_SHOWS,
  ORGANISERS,
  PRACTICES,
  REGISTRATIONS,
  REVIEWED_BASELINES,
  ROADMAP,
  SESSION,
  SHARED_ASSESSMENT,
  type AgencyKey,
  type DemoAgency,
  type DemoPractice,
} from './demo-story';
import type { ApiAnswer, PlatformApi } from './platform-api';

/** Where the seed is, for a progress bar or log lines. */
export interface SeedObserver {
  step(step: { index: number; total: number; title: string }): void;
  note(text: string): void;
}

export interface SeedDemoOptions {
  observer?: SeedObserver;
  /** How long to wait for one service to learn another's events (default 60 s). */
  waitTimeoutMs?: number;
  /** How far ahead session 8 is scheduled when the seed creates it (default 15 s; see ADR 77). */
  sessionLeadMs?: number;
}

/** What the seed did: per kind of thing, how many it created and how many were already there. */
export interface SeedResult {
  created: Record<string, number>;
  existing: Record<string, number>;
  /** Whether anything changed (created, or moved on: submitted, approved, closed, …). */
  changed: boolean;
  ms: number;
  /** Groups an agency member sees in the follow-up campaign's maturity report (by function). */
  maturityGroupsShown: number;
  /** The impact report's overall verdict for session 8 (`COMPARABLE` when both sides have 3+ agencies). */
  impactVerdict: string;
}

const DAY = 86_400_000;
const FRAMEWORK = 'nist-csf-2.0';
const ORGANISER = ORGANISERS.coordinator;

interface AgencyView {
  id: string;
  name: string;
  acronym: string;
  status: string;
}
interface SessionView {
  id: string;
  sequence: number;
  title: string;
  status: string;
  startsAt: string;
  agenda: Array<{ id: string; title: string }>;
}
interface RegistrationView {
  id: string;
  agencyId: string;
  sub?: string;
  status: string;
  attendedAt?: string | null;
}
interface PracticeView {
  id: string;
  title: string;
  status: string;
}
interface CampaignView {
  id: string;
  name: string;
  status: string;
}
interface AssessmentView {
  id: string;
  campaignId: string;
  status: string;
  frozen: boolean;
  sharedWithAgencyIds: string[];
}
interface RoadmapItemView {
  id: string;
  title: string;
  status: string;
}
interface FrameworkView {
  functions: Array<{ categories: Array<{ subcategories: Array<{ id: string }> }> }>;
}

const adminOf = (agency: DemoAgency) => agency.people.find((p) => p.role === 'agency-admin')!.sub;
const agencyOf = (key: AgencyKey) => AGENCIES.find((a) => a.key === key)!;
/** The agencies that assess their maturity: all but the CERT, which runs the campaigns. */
const ASSESSING = AGENCIES.filter((a) => a.key !== 'NCERT');
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Counts per kind of thing. */
class Tally {
  readonly created: Record<string, number> = {};
  readonly existing: Record<string, number> = {};
  changed = false;

  add(kind: string, created: boolean, count = 1): void {
    if (count === 0) return;
    const into = created ? this.created : this.existing;
    into[kind] = (into[kind] ?? 0) + count;
    if (created) this.changed = true;
  }

  /** Something that existed moved on (submitted, approved, closed, …). */
  moved(): void {
    this.changed = true;
  }
}

/**
 * Loads the demo story (demo-story.ts, docs/adr/0077) into a running platform through its HTTP
 * API, as the story's people: every rule, event and projection runs as it would for them. Each
 * step finds what is already there first, so a second run changes nothing and says so.
 */
export async function seedDemo(api: PlatformApi, options: SeedDemoOptions = {}): Promise<SeedResult> {
  return new DemoSeeder(api, options).run();
}

class DemoSeeder {
  private readonly actors: DemoActors;
  private readonly tally = new Tally();
  private readonly observer: SeedObserver;
  private readonly sessionLeadMs: number;
  private readonly agencyIds = new Map<AgencyKey, string>();
  private readonly practiceIds = new Map<string, string>();
  private readonly baselineIds = new Map<AgencyKey, string>();
  /** Agencies verified in this run: their applicant became their first admin then (ADR 5). */
  private readonly verifiedNow = new Set<AgencyKey>();
  private session!: SessionView;
  private baseline!: CampaignView;
  private followUp!: CampaignView;
  private subcategoryIds: string[] = [];
  private maturityGroupsShown = 0;
  private impactVerdict = '';

  constructor(api: PlatformApi, options: SeedDemoOptions) {
    this.actors = new DemoActors(api, options.waitTimeoutMs ?? 60_000);
    this.observer = options.observer ?? { step: () => undefined, note: () => undefined };
    this.sessionLeadMs = options.sessionLeadMs ?? 15_000;
  }

  async run(): Promise<SeedResult> {
    const started = Date.now();
    const steps: Array<[string, () => Promise<void>]> = [
      ['agencies', () => this.agencies()],
      ['admins and members', () => this.members()],
      ['the services learn the agencies', () => this.servicesLearnTheAgencies()],
      ['session 8 and its agenda', () => this.sessionAndAgenda()],
      ['registrations and the waitlist', () => this.registrations()],
      ['session materials', () => this.materials()],
      ['the maturity campaign before the session', () => this.baselineCampaign()],
      ['session 8 held: attendance and completion', () => this.sessionHeld()],
      ['feedback', () => this.feedback()],
      ['practices under every marking', () => this.practices()],
      ['comments and endorsements', () => this.discussion()],
      ['an announcement', () => this.announcement()],
      ['the maturity campaign after the session', () => this.followUpCampaign()],
      ['roadmaps', () => this.roadmaps()],
      ['reports', () => this.reports()],
    ];
    for (const [index, [title, step]] of steps.entries()) {
      this.observer.step({ index: index + 1, total: steps.length, title });
      await step();
    }
    return {
      created: this.tally.created,
      existing: this.tally.existing,
      changed: this.tally.changed,
      ms: Date.now() - started,
      maturityGroupsShown: this.maturityGroupsShown,
      impactVerdict: this.impactVerdict,
    };
  }

  private agencyId(key: AgencyKey): string {
    const id = this.agencyIds.get(key);
    if (!id) throw new Error(`agency ${key} is not known yet`);
    return id;
  }

  private async agencies(): Promise<void> {
    const known = await this.actors.list<AgencyView>(ORGANISER, 'agencies');
    for (const agency of AGENCIES) {
      let found = known.find((a) => a.acronym === agency.acronym && a.name === agency.name);
      this.tally.add('agencies', !found);
      if (!found) {
        const body = {
          name: agency.name,
          acronym: agency.acronym,
          tier: agency.tier,
          sector: agency.sector,
          ...(agency.jurisdiction ? { jurisdiction: agency.jurisdiction } : {}),
          ...(agency.parent ? { parentAgencyId: this.agencyId(agency.parent) } : {}),
          contactEmail: `cyber@${agency.domain}`,
          website: `https://${agency.domain}`,
        };
        // An organiser registers an ACTIVE agency; anyone else applies and waits (ADR 5).
        found = await this.actors.expect<AgencyView>(
          agency.appliesAs ?? ORGANISER,
          `registering ${agency.acronym}`,
          'POST',
          'agencies',
          body,
          [201],
        );
      }
      this.agencyIds.set(agency.key, found.id);
      if (found.status === 'PENDING_VERIFICATION') {
        await this.actors.expect(
          ORGANISER,
          `verifying ${agency.acronym}`,
          'POST',
          `agencies/${found.id}/verify`,
        );
        this.verifiedNow.add(agency.key);
        this.tally.moved();
      }
    }
  }

  private async members(): Promise<void> {
    for (const agency of AGENCIES) {
      const agencyId = this.agencyId(agency.key);
      const members = await this.actors.list<{ sub: string }>(ORGANISER, `agencies/${agencyId}/members`);
      for (const person of agency.people) {
        const there = members.some((m) => m.sub === person.sub);
        const madeAdminByVerification = this.verifiedNow.has(agency.key) && person.sub === agency.appliesAs;
        this.tally.add('members', !there || madeAdminByVerification);
        if (there) continue;
        await this.actors.expect(
          ORGANISER,
          `adding ${person.sub} to ${agency.acronym}`,
          'POST',
          `agencies/${agencyId}/members`,
          {
            sub: person.sub,
            email: emailOf(person.sub),
            displayName: person.name,
            title: person.title,
            role: person.role,
          },
          [201],
        );
      }
    }
  }

  /**
   * The maturity service authorises from its own projection of the agencies' events: an admin
   * reading their agency's assessments is refused until it has learnt the membership.
   */
  private async servicesLearnTheAgencies(): Promise<void> {
    for (const agency of AGENCIES) {
      const admin = adminOf(agency);
      await this.actors.untilKnown(
        `the maturity service learning ${agency.acronym}`,
        () => this.actors.call(admin, 'GET', `agencies/${this.agencyId(agency.key)}/assessments?limit=1`),
        (answer) => answer.status === 403 || answer.status === 404,
      );
    }
  }

  private async sessionAndAgenda(): Promise<void> {
    const sessions = await this.actors.list<SessionView>(ORGANISER, 'sessions');
    let session = sessions.find((s) => s.sequence === SESSION.sequence);
    if (session && session.title !== SESSION.title)
      throw new SeedFailure(
        `session ${SESSION.sequence} already exists as "${session.title}", not the demo's: seed an empty platform`,
      );
    this.tally.add('sessions', !session);
    if (!session) {
      // The API schedules sessions only in the future and completes them only once started: the
      // demo's session 8 starts shortly after seeding begins, and the seed waits for it (ADR 77).
      const startsAt = new Date(Math.ceil((Date.now() + this.sessionLeadMs) / 1000) * 1000);
      const { durationMinutes, ...details } = SESSION;
      session = await this.actors.expect<SessionView>(
        ORGANISER,
        'planning session 8',
        'POST',
        'sessions',
        {
          ...details,
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000).toISOString(),
        },
        [201],
      );
    }
    const start = new Date(session.startsAt).getTime();
    for (const item of AGENDA) {
      const there = session.agenda.some((a) => a.title === item.title);
      this.tally.add('agenda items', !there);
      if (there) continue;
      const speaker = item.speaker ? personBySub(item.speaker) : undefined;
      await this.actors.expect(
        ORGANISER,
        `adding "${item.title}" to the agenda`,
        'POST',
        `sessions/${session.id}/agenda`,
        {
          kind: item.kind,
          title: item.title,
          ...(item.abstract ? { abstract: item.abstract } : {}),
          startsAt: new Date(start + item.fromMinute * 60_000).toISOString(),
          endsAt: new Date(start + item.toMinute * 60_000).toISOString(),
          speakers: speaker
            ? [{ name: speaker.person.name, title: speaker.person.title, organisation: 'National CERT' }]
            : [],
          frameworkRefs: [...item.frameworkRefs],
        },
        [201],
      );
    }
    if (session.status === 'DRAFT') {
      await this.actors.expect(ORGANISER, 'scheduling session 8', 'POST', `sessions/${session.id}/schedule`);
      this.tally.moved();
    }
    this.session = await this.actors.expect<SessionView>(
      ORGANISER,
      'reading session 8',
      'GET',
      `sessions/${session.id}`,
    );
  }

  private registrationsOfSession(): Promise<RegistrationView[]> {
    return this.actors.list<RegistrationView>(ORGANISER, `sessions/${this.session.id}/registrations`);
  }

  private async registrations(): Promise<void> {
    const taken = await this.registrationsOfSession();
    const open =
      this.session.status === 'SCHEDULED' && Date.now() < new Date(this.session.startsAt).getTime();
    for (const { agency: key, subs } of REGISTRATIONS) {
      const missing = subs.filter((sub) => !taken.some((r) => r.sub === sub));
      this.tally.add('registrations', false, subs.length - missing.length);
      if (missing.length === 0) continue;
      if (!open) {
        this.observer.note(`session 8 has started: ${missing.join(', ')} can no longer register`);
        continue;
      }
      const admin = adminOf(agencyOf(key));
      // The sessions service shows a scheduled session to members of agencies it knows.
      await this.actors.untilKnown(
        `the sessions service learning ${key}`,
        () => this.actors.call(admin, 'GET', `sessions/${this.session.id}`),
        (answer) => answer.status === 404,
      );
      const answer = await this.actors.untilKnown(
        `registering ${key}'s participants`,
        () =>
          this.actors.call(admin, 'POST', `sessions/${this.session.id}/registrations`, {
            agencyId: this.agencyId(key),
            participants: missing.map((sub) => ({
              sub,
              name: personBySub(sub).person.name,
              email: emailOf(sub),
            })),
          }),
        (a) =>
          ['REGISTRATION.AGENCY_UNKNOWN', 'REGISTRATION.PARTICIPANT_NOT_A_MEMBER'].includes(
            problemCode(a) ?? '',
          ),
      );
      if (answer.status !== 201)
        throw new SeedFailure(`registering ${key}'s participants: ${describeAnswer(answer)}`);
      this.tally.add('registrations', true, missing.length);
    }
    const cancelled = (await this.registrationsOfSession()).find((r) => r.sub === CANCELLED_REGISTRATION);
    if (cancelled && cancelled.status !== 'CANCELLED') {
      // The participant gives the place up; the oldest waitlisted is promoted.
      await this.actors.expect(
        CANCELLED_REGISTRATION,
        'giving up a place',
        'DELETE',
        `sessions/${this.session.id}/registrations/${cancelled.id}`,
        undefined,
        [204],
      );
      this.tally.moved();
    }
  }

  private async materials(): Promise<void> {
    const published = await this.actors.list<{ title: string }>(
      ORGANISER,
      `sessions/${this.session.id}/materials`,
    );
    for (const material of MATERIALS) {
      const there = published.some((m) => m.title === material.title);
      this.tally.add('materials', !there);
      if (there) continue;
      const item = this.session.agenda.find((a) => a.title === material.agendaItem);
      await this.actors.expect(
        ORGANISER,
        `publishing "${material.title}"`,
        'POST',
        `sessions/${this.session.id}/materials`,
        {
          title: material.title,
          url: material.url,
          tlp: material.tlp,
          ...(item ? { agendaItemId: item.id } : {}),
          ...(material.agency ? { agencyId: this.agencyId(material.agency) } : {}),
        },
        [201],
      );
    }
  }

  private async frameworkSubcategories(): Promise<string[]> {
    if (this.subcategoryIds.length === 0) {
      const framework = await this.actors.expect<FrameworkView>(
        ORGANISER,
        'reading NIST CSF 2.0',
        'GET',
        `frameworks/${FRAMEWORK}`,
      );
      this.subcategoryIds = framework.functions.flatMap((f) =>
        f.categories.flatMap((c) => c.subcategories.map((s) => s.id)),
      );
    }
    return this.subcategoryIds;
  }

  /** Finds a campaign by name or opens it (organisers; its window already open). */
  private async campaign(spec: {
    name: string;
    opensDaysAgo: number;
    closesInDays: number;
  }): Promise<CampaignView> {
    const campaigns = await this.actors.list<CampaignView>(ORGANISER, 'campaigns');
    const found = campaigns.find((c) => c.name === spec.name);
    this.tally.add('campaigns', !found);
    if (found) return found;
    const now = Date.now();
    const answer = await this.actors.untilKnown(
      `opening "${spec.name}"`,
      () =>
        this.actors.call(ORGANISER, 'POST', 'campaigns', {
          name: spec.name,
          frameworkId: FRAMEWORK,
          // A minute back at least: assessments start only once the window is open (ADR 44).
          opensAt: new Date(now - Math.max(spec.opensDaysAgo * DAY, 60_000)).toISOString(),
          closesAt: new Date(now + spec.closesInDays * DAY).toISOString(),
          sessionIds: [this.session.id],
          audience: { kind: 'ALL' },
          targets: CAMPAIGNS.targets,
        }),
      (a) => a.status === 422 && /SESSION/.test(problemCode(a) ?? ''),
    );
    if (answer.status !== 201) throw new SeedFailure(`opening "${spec.name}": ${describeAnswer(answer)}`);
    return answer.body as CampaignView;
  }

  /**
   * The agency's assessment in `campaign` (started by its admin if missing, copying `copyFrom`),
   * answered and submitted while the campaign is open.
   */
  private async assessment(
    agency: DemoAgency,
    campaign: CampaignView,
    answers: Array<{ subcategoryId: string; current: number }>,
    copyFrom?: string,
  ): Promise<AssessmentView | undefined> {
    const admin = adminOf(agency);
    const agencyId = this.agencyId(agency.key);
    let assessment = (await this.actors.list<AssessmentView>(admin, `agencies/${agencyId}/assessments`)).find(
      (a) => a.campaignId === campaign.id,
    );
    this.tally.add('assessments', !assessment);
    if (!assessment) {
      if (campaign.status !== 'OPEN') {
        this.observer.note(`"${campaign.name}" is closed: ${agency.acronym} can no longer assess in it`);
        return undefined;
      }
      const started: ApiAnswer = await this.actors.untilKnown(
        `${agency.acronym} starting its assessment`,
        () =>
          this.actors.call(admin, 'POST', `agencies/${agencyId}/assessments`, {
            campaignId: campaign.id,
            ...(copyFrom ? { copyFrom } : {}),
          }),
        (a) => a.status === 403 || a.status === 404,
      );
      if (started.status !== 201)
        throw new SeedFailure(`${agency.acronym} starting its assessment: ${describeAnswer(started)}`);
      assessment = started.body as AssessmentView;
    }
    if (assessment.status === 'DRAFT' && !assessment.frozen) {
      const what = `${agency.acronym}'s assessment in "${campaign.name}"`;
      await this.actors.expect(admin, `answering ${what}`, 'PUT', `assessments/${assessment.id}/answers`, {
        answers,
      });
      assessment = await this.actors.expect<AssessmentView>(
        admin,
        `submitting ${what}`,
        'POST',
        `assessments/${assessment.id}/submit`,
      );
      this.tally.moved();
    }
    return assessment;
  }

  private async baselineCampaign(): Promise<void> {
    this.baseline = await this.campaign(CAMPAIGNS.before);
    const subcategories = await this.frameworkSubcategories();
    for (const agency of ASSESSING) {
      const assessment = await this.assessment(agency, this.baseline, baselineAnswers(agency, subcategories));
      if (!assessment) continue;
      this.baselineIds.set(agency.key, assessment.id);
      if (REVIEWED_BASELINES.includes(agency.key) && assessment.status === 'SUBMITTED') {
        await this.actors.expect(
          ORGANISERS.grc,
          `reviewing ${agency.acronym}'s baseline`,
          'POST',
          `assessments/${assessment.id}/review`,
          {
            comment: 'Thorough; the gaps in ID.RA match what we see across the sector.',
          },
        );
        this.tally.add('assessment reviews', true);
      } else if (assessment.status === 'REVIEWED') this.tally.add('assessment reviews', false);
    }
    if (this.baseline.status === 'OPEN') {
      // Closing freezes the baseline: what the follow-up is compared with (ADR 44).
      this.baseline = await this.actors.expect<CampaignView>(
        ORGANISER,
        'closing the baseline campaign',
        'POST',
        `campaigns/${this.baseline.id}/close`,
      );
      this.tally.moved();
    }
  }

  private async sessionHeld(): Promise<void> {
    const registrations = await this.registrationsOfSession();
    const arrived = registrations.filter(
      (r) => r.status === 'CONFIRMED' && !r.attendedAt && r.sub && !NO_SHOWS.includes(r.sub),
    );
    this.tally.add('attendances', false, registrations.filter((r) => r.attendedAt).length);
    if (arrived.length > 0) {
      // The door opens two hours before the start: attendance is recorded as people arrive.
      await this.actors.expect(
        ORGANISER,
        'recording attendance',
        'POST',
        `sessions/${this.session.id}/attendance`,
        {
          registrationIds: arrived.map((r) => r.id),
        },
      );
      this.tally.add('attendances', true, arrived.length);
    }
    if (this.session.status !== 'SCHEDULED') return;
    const wait = new Date(this.session.startsAt).getTime() - Date.now();
    if (wait > 0) {
      this.observer.note(
        `waiting ${Math.ceil(wait / 1000)} s for session 8 to start (it is completed only once started)`,
      );
      await sleep(wait + 250);
    }
    this.session = await this.actors.expect<SessionView>(
      ORGANISER,
      'completing session 8',
      'POST',
      `sessions/${this.session.id}/complete`,
    );
    this.tally.moved();
  }

  private async feedback(): Promise<void> {
    for (const { sub, rating, comment } of FEEDBACK) {
      const answer = await this.actors.call(sub, 'POST', `sessions/${this.session.id}/feedback`, {
        rating,
        ...(comment ? { comment } : {}),
      });
      const given = problemCode(answer) === 'FEEDBACK.ALREADY_GIVEN';
      if (answer.status !== 201 && !given)
        throw new SeedFailure(`${sub} rating session 8: ${describeAnswer(answer)}`);
      this.tally.add('feedback', !given);
    }
  }

  /** The practice with this title in its agency, whatever its status, as its author sees it. */
  private async findPractice(practice: DemoPractice): Promise<PracticeView | undefined> {
    for (const status of ['PUBLISHED', 'SUBMITTED', 'DRAFT']) {
      const found = (
        await this.actors.list<PracticeView>(
          practice.author,
          `practices?agencyId=${this.agencyId(practice.agency)}&status=${status}&facets=false`,
        )
      ).find((p) => p.title === practice.title);
      if (found) return found;
    }
    return undefined;
  }

  private async practices(): Promise<void> {
    for (const practice of PRACTICES) {
      let found = await this.findPractice(practice);
      this.tally.add('practices', !found);
      if (!found) {
        const body = {
          agencyId: this.agencyId(practice.agency),
          title: practice.title,
          summary: practice.summary,
          body: practice.body,
          tags: [...practice.tags],
          sectors: [...practice.sectors],
          frameworkRefs: [...practice.frameworkRefs],
          tlp: practice.tlp,
          ...(practice.sharedWith
            ? { sharedWithAgencyIds: practice.sharedWith.map((k) => this.agencyId(k)) }
            : {}),
          ...(practice.recipients ? { recipientSubs: [...practice.recipients] } : {}),
          ...(practice.presentedAtSession ? { sessionId: this.session.id } : {}),
        };
        // The exchange learns members and sessions from events: until then it refuses the draft.
        const answer = await this.actors.untilKnown(
          `${practice.author} drafting "${practice.title}"`,
          () => this.actors.call(practice.author, 'POST', 'practices', body),
          (a) => a.status === 403 || a.status === 404 || problemCode(a) === 'PRACTICE.UNKNOWN_SESSION',
        );
        if (answer.status !== 201)
          throw new SeedFailure(`drafting "${practice.title}": ${describeAnswer(answer)}`);
        found = answer.body as PracticeView;
      }
      this.practiceIds.set(practice.title, found.id);
      if (found.status === 'DRAFT') {
        // A TLP:RED practice is published to its recipients on submission, without review.
        found = await this.actors.expect<PracticeView>(
          practice.author,
          `submitting "${practice.title}"`,
          'POST',
          `practices/${found.id}/submit`,
        );
        this.tally.moved();
      }
      if (found.status === 'SUBMITTED' && practice.approver) {
        await this.actors.expect(
          practice.approver,
          `approving "${practice.title}"`,
          'POST',
          `practices/${found.id}/approve`,
          {},
        );
        this.tally.moved();
      }
    }
  }

  private async discussion(): Promise<void> {
    for (const practice of PRACTICES) {
      const practiceId = this.practiceIds.get(practice.title)!;
      for (const comment of practice.comments ?? []) {
        const posted = await this.actors.list<{ id: string; body: string }>(
          comment.by,
          `practices/${practiceId}/comments`,
        );
        const there = posted.some((c) => c.body === comment.body);
        this.tally.add('comments', !there);
        if (there) continue;
        const parent = comment.replyTo ? posted.find((c) => c.body === comment.replyTo) : undefined;
        await this.actors.expect(
          comment.by,
          `${comment.by} commenting`,
          'POST',
          `practices/${practiceId}/comments`,
          {
            body: comment.body,
            ...(parent ? { parentId: parent.id } : {}),
          },
          [201],
        );
      }
      for (const endorsement of practice.endorsedBy ?? []) {
        const agencyId = this.agencyId(endorsement.agency);
        const given = await this.actors.list<{ agencyId: string }>(
          endorsement.by,
          `practices/${practiceId}/endorsements`,
        );
        const there = given.some((e) => e.agencyId === agencyId);
        this.tally.add('endorsements', !there);
        if (there) continue;
        await this.actors.expect(
          endorsement.by,
          `${endorsement.agency} endorsing "${practice.title}"`,
          'POST',
          `practices/${practiceId}/endorsements`,
          {
            agencyId,
            ...(endorsement.note ? { note: endorsement.note } : {}),
          },
          [201],
        );
      }
    }
  }

  private async announcement(): Promise<void> {
    const published = await this.actors.list<{ title: string }>(ANNOUNCEMENT.by, 'announcements');
    const there = published.some((a) => a.title === ANNOUNCEMENT.title);
    this.tally.add('announcements', !there);
    if (there) return;
    const { by, ...body } = ANNOUNCEMENT;
    await this.actors.expect(by, 'publishing the announcement', 'POST', 'announcements', body, [201]);
  }

  private async followUpCampaign(): Promise<void> {
    this.followUp = await this.campaign(CAMPAIGNS.after);
    const subcategories = await this.frameworkSubcategories();
    for (const agency of ASSESSING) {
      const assessment = await this.assessment(
        agency,
        this.followUp,
        followUpAnswers(agency, subcategories),
        this.baselineIds.get(agency.key),
      );
      if (!assessment || agency.key !== SHARED_ASSESSMENT.agency) continue;
      const sharedWith = SHARED_ASSESSMENT.with.map((k) => this.agencyId(k));
      if (sharedWith.every((id) => assessment.sharedWithAgencyIds.includes(id))) continue;
      // Shared with a named agency, it becomes TLP:AMBER (ADR 45).
      await this.actors.expect(
        adminOf(agency),
        `sharing ${agency.acronym}'s assessment`,
        'PUT',
        `assessments/${assessment.id}/sharing`,
        {
          sharedWithAgencyIds: sharedWith,
        },
      );
      this.tally.moved();
    }
  }

  private async roadmaps(): Promise<void> {
    const today = new Date();
    const inDays = (days: number) => isoDate(new Date(today.getTime() + days * DAY));
    for (const item of ROADMAP) {
      const agency = agencyOf(item.agency);
      const admin = adminOf(agency);
      const agencyId = this.agencyId(item.agency);
      let found = (await this.actors.list<RoadmapItemView>(admin, `agencies/${agencyId}/roadmap`)).find(
        (i) => i.title === item.title,
      );
      this.tally.add('roadmap items', !found);
      if (!found) {
        found = await this.actors.expect<RoadmapItemView>(
          admin,
          `planning "${item.title}"`,
          'POST',
          `agencies/${agencyId}/roadmap/items`,
          {
            title: item.title,
            description: item.description,
            subcategoryIds: [...item.subcategoryIds],
            ownerSub: item.owner,
            priority: item.priority,
            effort: item.effort,
            startsOn: isoDate(today),
            dueOn: inDays(item.dueInDays),
            milestones: (item.milestones ?? []).map((m) => ({ title: m.title, dueOn: inDays(m.dueInDays) })),
            practiceIds: (item.practices ?? []).map((title) => this.practiceIds.get(title)!),
            ...(item.fromSession ? { sessionId: this.session.id } : {}),
          },
          [201],
        );
      }
      if (item.status && found.status === 'PLANNED') {
        await this.actors.expect(
          admin,
          `"${item.title}" to ${item.status}`,
          'PATCH',
          `roadmap/items/${found.id}`,
          {
            status: item.status,
          },
        );
        this.tally.moved();
      }
    }
  }

  /**
   * The reports read what the maturity service learnt from the sessions service's events
   * (attendance): the seed waits until the impact report counts every agency that attended.
   */
  private async reports(): Promise<void> {
    const attended = ASSESSING.filter((a) => a.attended).length;
    const impact = await this.actors.untilKnown(
      'the maturity service learning who attended session 8',
      () =>
        this.actors.call(
          ORGANISER,
          'GET',
          `reports/impact?sessionId=${this.session.id}&campaignId=${this.followUp.id}&baselineCampaignId=${this.baseline.id}`,
        ),
      (a) =>
        problemCode(a) === 'REPORT.SESSION_NOT_KNOWN' ||
        (a.status === 200 && (a.body as { attendingAgencies: number }).attendingAgencies < attended),
    );
    if (impact.status !== 200) throw new SeedFailure(`reading the impact report: ${describeAnswer(impact)}`);
    this.impactVerdict = (impact.body as { overall: { verdict: string } }).overall.verdict;
    const member = agencyOf('HEC').people.find((p) => p.role === 'member')!.sub;
    const maturity = await this.actors.expect<{ groups: Array<{ suppressed: boolean }> }>(
      member,
      'reading the maturity report as an agency member',
      'GET',
      `reports/maturity?campaignId=${this.followUp.id}`,
    );
    this.maturityGroupsShown = maturity.groups.filter((g) => !g.suppressed).length;
  }
}
