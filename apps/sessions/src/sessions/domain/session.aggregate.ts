import type { SESSION_STATUSES } from '@csg/contracts';
import { VersionedAggregateRoot, versionMismatchMessage } from '@csg/domain';
import { CSF } from '@csg/frameworks';
import { assertItemFitsSession, assertNoOverlapInTrack } from './agenda-fits-the-session.rule';
import { agendaItemFrom, type AgendaItem, type AgendaItemDetails } from './agenda-item.entity';
import { normaliseScope, type InvitationScope } from './invitation-scope.value-object';
import { assertModeHasWhatItNeeds, type SessionMode } from './session-mode.value-object';
import { assertValidTimes } from './session-schedule.value-object';
import { SessionRuleViolation, type SessionErrorCode } from './session.errors';
import {
  DraftSessionChanged,
  SessionAgendaChanged,
  SessionCancelled,
  SessionCompleted,
  SessionRescheduled,
  SessionScheduled,
  SessionUpdated,
  type SessionEvent,
} from './session.events';

/** One of the statuses the published vocabulary (libs/contracts) lists. */
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface SessionDetails {
  sequence: number;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  mode: SessionMode;
  venue?: string | null;
  joinUrl?: string | null;
  capacity: number;
  seatsPerAgency?: number | null;
  invitation?: Partial<InvitationScope> | null;
}

export type SessionChanges = Partial<SessionDetails>;

export interface SessionState {
  id: string;
  sequence: number;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  mode: SessionMode;
  venue: string | null;
  joinUrl: string | null;
  capacity: number;
  seatsPerAgency: number | null;
  invitation: InvitationScope | null;
  status: SessionStatus;
  cancellationReason: string | null;
  agenda: AgendaItem[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Seats already confirmed, which a new capacity must still hold. */
export interface SeatsTaken {
  confirmed: number;
  /** The most seats any one agency holds. */
  mostForOneAgency: number;
  /** Places held (confirmed and waitlisted): what a reschedule keeps. */
  held: number;
}

const DETAIL_FIELDS = [
  'sequence',
  'title',
  'description',
  'startsAt',
  'endsAt',
  'timezone',
  'mode',
  'venue',
  'joinUrl',
  'capacity',
  'seatsPerAgency',
  'invitation',
] as const;

/**
 * A numbered session of the programme with its agenda. Lifecycle DRAFT → SCHEDULED →
 * COMPLETED, or CANCELLED (with a reason) from DRAFT or SCHEDULED. It records the facts its
 * changes cause; the unit of work turns them into integration events.
 */
export class Session extends VersionedAggregateRoot<SessionEvent> {
  private constructor(private state: SessionState) {
    super();
  }

  static plan(id: string, details: SessionDetails, now: Date): Session {
    const state: SessionState = {
      id,
      ...normalise(details),
      status: 'DRAFT',
      cancellationReason: null,
      agenda: [],
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    assertConsistent(state);
    return new Session(state);
  }

  static restore(state: SessionState): Session {
    return new Session({ ...state, agenda: [...state.agenda] });
  }

  get id(): string {
    return this.state.id;
  }

  get status(): SessionStatus {
    return this.state.status;
  }

  override snapshot(): Readonly<SessionState> {
    return { ...this.state, agenda: sortAgenda(this.state.agenda) };
  }

  protected override versionMismatch(version: number): SessionRuleViolation {
    return new SessionRuleViolation('SESSION.VERSION_MISMATCH', versionMismatchMessage('session', version));
  }

  /** RegistrationClosesWhenTheSessionStarts (and opens when it is scheduled). */
  acceptsRegistrations(now: Date): boolean {
    return this.state.status === 'SCHEDULED' && now < this.state.startsAt;
  }

  /**
   * Changes details. On a SCHEDULED session a change of times is a reschedule: the agenda moves
   * with the start, registrations stay, and the session must still start in the future.
   * Returns false (version kept) when nothing changes.
   */
  update(changes: SessionChanges, seats: SeatsTaken, now: Date): boolean {
    this.assertEditable();
    const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const next: SessionState = { ...this.state, ...normalise({ ...this.state, ...given }) };
    const changed = DETAIL_FIELDS.filter((f) => !sameValue(next[f], this.state[f]));
    if (changed.length === 0) return false;
    const moved = changed.includes('startsAt') || changed.includes('endsAt');
    if (moved) {
      const shift = next.startsAt.getTime() - this.state.startsAt.getTime();
      next.agenda = this.state.agenda.map((item) => ({
        ...item,
        startsAt: new Date(item.startsAt.getTime() + shift),
        endsAt: new Date(item.endsAt.getTime() + shift),
      }));
    }
    assertConsistent(next);
    assertHoldsTakenSeats(next, seats);
    if (moved && this.state.status === 'SCHEDULED') assertStartsInFuture(next, now);
    const previous = this.state;
    this.state = { ...next, version: previous.version + 1, updatedAt: now };
    const session = this.snapshot();
    if (previous.status !== 'SCHEDULED') this.record(new DraftSessionChanged(session));
    else if (moved) {
      this.record(new SessionRescheduled(session, previous.startsAt, previous.endsAt, seats.held));
    } else this.record(new SessionUpdated(session, changed));
    return true;
  }

  /** DRAFT → SCHEDULED; a session is scheduled only for the future. */
  schedule(now: Date): void {
    this.assertStatus('DRAFT', 'SESSION.NOT_DRAFT', 'Only a draft session can be scheduled');
    assertStartsInFuture(this.state, now);
    this.moveTo('SCHEDULED', now);
    this.record(new SessionScheduled(this.snapshot()));
  }

  /** DRAFT or SCHEDULED → CANCELLED, with the reason participants are told. */
  cancel(reason: string, now: Date): void {
    if (this.state.status !== 'DRAFT' && this.state.status !== 'SCHEDULED') {
      throw new SessionRuleViolation(
        'SESSION.NOT_CANCELLABLE',
        `A ${this.state.status.toLowerCase()} session cannot be cancelled.`,
      );
    }
    this.moveTo('CANCELLED', now);
    this.state.cancellationReason = reason.trim();
    this.record(new SessionCancelled(this.snapshot()));
  }

  /** SCHEDULED → COMPLETED, once the session has started. */
  complete(now: Date): void {
    this.assertStatus('SCHEDULED', 'SESSION.NOT_SCHEDULED', 'Only a scheduled session can be completed');
    if (now < this.state.startsAt) {
      throw new SessionRuleViolation('SESSION.NOT_STARTED', 'A session is completed only after it starts.');
    }
    this.moveTo('COMPLETED', now);
    this.record(new SessionCompleted(this.snapshot()));
  }

  addAgendaItem(id: string, details: AgendaItemDetails, now: Date): AgendaItem {
    this.assertEditable();
    const item = agendaItemFrom(id, details);
    this.placeItem(item, now);
    return item;
  }

  changeAgendaItem(itemId: string, changes: Partial<AgendaItemDetails>, now: Date): AgendaItem {
    this.assertEditable();
    const current = this.findItem(itemId);
    const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const item = agendaItemFrom(itemId, { ...current, ...given });
    this.placeItem(item, now);
    return item;
  }

  removeAgendaItem(itemId: string, now: Date): void {
    this.assertEditable();
    this.findItem(itemId);
    this.state.agenda = this.state.agenda.filter((i) => i.id !== itemId);
    this.touchAgenda(now);
  }

  hasAgendaItem(itemId: string): boolean {
    return this.state.agenda.some((i) => i.id === itemId);
  }

  private placeItem(item: AgendaItem, now: Date): void {
    assertItemFitsSession(item, this.state);
    assertNoOverlapInTrack(item, this.state.agenda);
    const unknown = CSF.unknown(item.frameworkRefs);
    if (unknown.length > 0) {
      throw new SessionRuleViolation(
        'AGENDA.UNKNOWN_FRAMEWORK_REF',
        `Not NIST CSF 2.0 categories or subcategories: ${unknown.join(', ')}.`,
      );
    }
    this.state.agenda = [...this.state.agenda.filter((i) => i.id !== item.id), item];
    this.touchAgenda(now);
  }

  private touchAgenda(now: Date): void {
    this.state = { ...this.state, version: this.state.version + 1, updatedAt: now };
    const session = this.snapshot();
    this.record(
      this.state.status === 'SCHEDULED'
        ? new SessionAgendaChanged(session)
        : new DraftSessionChanged(session),
    );
  }

  private findItem(itemId: string): AgendaItem {
    const item = this.state.agenda.find((i) => i.id === itemId);
    if (!item) throw new SessionRuleViolation('AGENDA.ITEM_NOT_FOUND', 'No such agenda item.');
    return item;
  }

  private assertEditable(): void {
    if (this.state.status === 'COMPLETED' || this.state.status === 'CANCELLED') {
      throw new SessionRuleViolation(
        'SESSION.NOT_EDITABLE',
        `A ${this.state.status.toLowerCase()} session no longer changes.`,
      );
    }
  }

  private assertStatus(expected: SessionStatus, code: SessionErrorCode, message: string): void {
    if (this.state.status !== expected) {
      throw new SessionRuleViolation(code, `${message}; this one is ${this.state.status.toLowerCase()}.`);
    }
  }

  private moveTo(status: SessionStatus, now: Date): void {
    this.state = { ...this.state, status, version: this.state.version + 1, updatedAt: now };
  }
}

function assertConsistent(state: SessionState): void {
  assertValidTimes(state);
  assertModeHasWhatItNeeds(state);
  if (!Number.isInteger(state.sequence) || state.sequence < 1) {
    throw new SessionRuleViolation('SESSION.INVALID_SEQUENCE', 'sequence is a positive whole number.');
  }
  if (!Number.isInteger(state.capacity) || state.capacity < 1) {
    throw new SessionRuleViolation('SESSION.INVALID_CAPACITY', 'capacity is at least 1.');
  }
  if (state.seatsPerAgency !== null && (state.seatsPerAgency < 1 || state.seatsPerAgency > state.capacity)) {
    throw new SessionRuleViolation(
      'SESSION.INVALID_SEATS_PER_AGENCY',
      'seatsPerAgency is between 1 and the capacity.',
    );
  }
  for (const item of state.agenda) assertItemFitsSession(item, state);
}

/** ACapacityChangeKeepsEveryConfirmedSeat: seats are never taken away from confirmed participants. */
function assertHoldsTakenSeats(state: SessionState, seats: SeatsTaken): void {
  if (state.capacity < seats.confirmed) {
    throw new SessionRuleViolation(
      'SESSION.CAPACITY_BELOW_CONFIRMED',
      `${seats.confirmed} seats are confirmed; capacity cannot go below that.`,
    );
  }
  if (state.seatsPerAgency !== null && state.seatsPerAgency < seats.mostForOneAgency) {
    throw new SessionRuleViolation(
      'SESSION.CAPACITY_BELOW_CONFIRMED',
      `An agency holds ${seats.mostForOneAgency} confirmed seats; seatsPerAgency cannot go below that.`,
    );
  }
}

function assertStartsInFuture(state: Pick<SessionState, 'startsAt'>, now: Date): void {
  if (state.startsAt <= now) {
    throw new SessionRuleViolation('SESSION.STARTS_IN_PAST', 'A scheduled session starts in the future.');
  }
}

function normalise(
  details: SessionDetails,
): Omit<
  SessionState,
  'id' | 'status' | 'cancellationReason' | 'agenda' | 'version' | 'createdAt' | 'updatedAt'
> {
  return {
    sequence: details.sequence,
    title: details.title.trim(),
    description: details.description.trim(),
    startsAt: details.startsAt,
    endsAt: details.endsAt,
    timezone: details.timezone,
    mode: details.mode,
    venue: details.venue?.trim() || null,
    joinUrl: details.joinUrl?.trim() || null,
    capacity: details.capacity,
    seatsPerAgency: details.seatsPerAgency ?? null,
    invitation: normaliseScope(details.invitation),
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}

function sortAgenda(agenda: readonly AgendaItem[]): AgendaItem[] {
  return [...agenda].sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.track ?? '').localeCompare(b.track ?? ''),
  );
}
