import { randomUUID } from 'node:crypto';
import { VersionedAggregateRoot, versionMismatchMessage } from '@csg/domain';
import { AgencyRuleViolation, type AgencyErrorCode } from './agency.errors';
import {
  AgencyRegistered,
  AgencyReinstated,
  AgencySnapshotted,
  AgencySuspended,
  AgencyUpdated,
  AgencyVerified,
  type AgencyEvent,
} from './agency.events';
import { assertValidPlacement, type ParentFacts } from './agency-hierarchy.rule';
import { agencyIsVisibleTo, type Viewer } from './agency-visibility.rule';
import { tierNeedsJurisdiction, type AgencyTier } from './agency-tier.value-object';

export type { AgencyTier } from './agency-tier.value-object';
export type AgencyStatus = 'PENDING_VERIFICATION' | 'ACTIVE' | 'SUSPENDED';

/** The person who applied for a pending agency; its first agency-admin once verified. */
export interface Applicant {
  sub: string;
  displayName: string;
  email: string;
}

export interface AgencyDetails {
  name: string;
  acronym: string;
  tier: AgencyTier;
  jurisdiction?: string | null;
  sector: string;
  parentAgencyId?: string | null;
  contactEmail: string;
  website?: string | null;
}

export type AgencyChanges = Partial<AgencyDetails>;

export interface AgencyState extends Required<AgencyDetails> {
  id: string;
  status: AgencyStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  applicant: Applicant | null;
}

/** Where an agency sits: its parent (null for a root) and its children's tiers. */
export interface Placement {
  parent: ParentFacts | null;
  childTiers: readonly AgencyTier[];
}

const HIERARCHY_FIELDS = ['tier', 'parentAgencyId'] as const;

/** An agency taking part in the programme; records what its changes cause (agency.events.ts). */
export class Agency extends VersionedAggregateRoot<AgencyEvent> {
  private constructor(private state: AgencyState) {
    super();
  }

  /** Registered directly by an organiser or platform-admin: ACTIVE at once (ADR 5). */
  static register(details: AgencyDetails, parent: ParentFacts | null, now: Date): Agency {
    return Agency.create(details, parent, 'ACTIVE', null, now);
  }

  /**
   * Applied for by a signed-in person: PENDING_VERIFICATION until an organiser verifies it.
   * (`override`: a class's static `apply` shadows Function.prototype.apply; nothing calls that.)
   */
  static override apply(details: AgencyDetails, parent: ParentFacts | null, applicant: Applicant, now: Date) {
    return Agency.create(details, parent, 'PENDING_VERIFICATION', applicant, now);
  }

  private static create(
    details: AgencyDetails,
    parent: ParentFacts | null,
    status: AgencyStatus,
    applicant: Applicant | null,
    now: Date,
  ): Agency {
    const state: AgencyState = {
      id: randomUUID(),
      ...normalise(details),
      parentAgencyId: parent?.id ?? null,
      status,
      version: 1,
      createdAt: now,
      updatedAt: now,
      applicant,
    };
    assertJurisdiction(state);
    assertValidPlacement(state, parent);
    const agency = new Agency(state);
    agency.record(new AgencyRegistered(agency.snapshot()));
    return agency;
  }

  static restore(state: AgencyState): Agency {
    return new Agency({ ...state });
  }

  get id(): string {
    return this.state.id;
  }

  get status(): AgencyStatus {
    return this.state.status;
  }

  /** AgencyIsVisibleTo the viewer (otherwise it does not exist for them). */
  isVisibleTo(viewer: Viewer): boolean {
    const { id, status, applicant } = this.state;
    return agencyIsVisibleTo(viewer, { id, status, applicantSub: applicant?.sub ?? null });
  }

  /** Whether the changes move the agency in the hierarchy (its tier or its parent). */
  static touchesHierarchy(changes: AgencyChanges): boolean {
    return HIERARCHY_FIELDS.some((field) => changes[field] !== undefined);
  }

  protected override versionMismatch(version: number): AgencyRuleViolation {
    return new AgencyRuleViolation('AGENCY.VERSION_MISMATCH', versionMismatchMessage('agency', version));
  }

  /** Applies the changes; returns false (and keeps the version) when nothing changes. */
  update(changes: AgencyChanges, placement: Placement | undefined, now: Date): boolean {
    const given = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const next: AgencyState = { ...this.state, ...normalise({ ...this.state, ...given }) };
    if (placement) next.parentAgencyId = placement.parent?.id ?? null;
    const fields = Object.keys(normalise(next)) as Array<keyof AgencyDetails>;
    if (fields.every((field) => next[field] === this.state[field])) return false;
    assertJurisdiction(next);
    if (placement) assertValidPlacement(next, placement.parent, placement.childTiers);
    this.state = { ...next, version: this.state.version + 1, updatedAt: now };
    this.record(new AgencyUpdated(this.snapshot()));
    return true;
  }

  /** PENDING_VERIFICATION → ACTIVE. Returns the applicant, who becomes its first agency-admin. */
  verify(now: Date): Applicant | null {
    this.moveTo('ACTIVE', 'PENDING_VERIFICATION', 'AGENCY.NOT_PENDING', now);
    this.record(new AgencyVerified(this.snapshot()));
    return this.state.applicant;
  }

  /** ACTIVE → SUSPENDED: its members lose access everywhere. */
  suspend(now: Date): void {
    this.moveTo('SUSPENDED', 'ACTIVE', 'AGENCY.NOT_ACTIVE', now);
    this.record(new AgencySuspended(this.snapshot()));
  }

  /** SUSPENDED → ACTIVE again. */
  reinstate(now: Date): void {
    this.moveTo('ACTIVE', 'SUSPENDED', 'AGENCY.NOT_SUSPENDED', now);
    this.record(new AgencyReinstated(this.snapshot()));
  }

  /** Records its current state for publishing again (a rebuild of other services' projections). */
  republish(): void {
    this.record(new AgencySnapshotted(this.snapshot()));
  }

  override snapshot(): Readonly<AgencyState> {
    return { ...this.state };
  }

  private moveTo(to: AgencyStatus, from: AgencyStatus, code: AgencyErrorCode, now: Date): void {
    if (this.state.status !== from) {
      throw new AgencyRuleViolation(
        code,
        `Only a ${describe(from)} agency can become ${describe(to)}; this one is ${describe(this.state.status)}.`,
      );
    }
    this.state = { ...this.state, status: to, version: this.state.version + 1, updatedAt: now };
  }
}

function describe(status: AgencyStatus): string {
  return status.toLowerCase().replace('_', ' ');
}

function blankToNull(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

function normalise(details: AgencyDetails): Required<AgencyDetails> {
  return {
    name: details.name.trim(),
    acronym: details.acronym.trim().replace(/\s+/g, ' '),
    tier: details.tier,
    jurisdiction: blankToNull(details.jurisdiction),
    sector: details.sector,
    parentAgencyId: details.parentAgencyId ?? null,
    contactEmail: details.contactEmail.trim().toLowerCase(),
    website: blankToNull(details.website),
  };
}

function assertJurisdiction(state: AgencyState): void {
  if (tierNeedsJurisdiction(state.tier) && !state.jurisdiction) {
    throw new AgencyRuleViolation(
      'AGENCY.JURISDICTION_REQUIRED',
      `A ${state.tier.toLowerCase()} agency needs a jurisdiction (e.g. Punjab).`,
    );
  }
}
