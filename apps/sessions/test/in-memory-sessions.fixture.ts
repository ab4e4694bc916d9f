import { createPlatformEventRegistry } from '@csg/contracts';
import { InMemoryUnitOfWork } from '@csg/messaging/outbox/in-memory-unit-of-work';
import { TestClock } from '@csg/testing/test-clock';
import { AgencyDirectory } from '../src/agency-directory/domain/agency-directory.port';
import { CertificateIssuer } from '../src/certificates/commands/issue-certificates/certificate.issuer';
import type { AttendanceRecording } from '../src/registrations/domain/attendance-recording.aggregate';
import { Registration, type RegistrationState } from '../src/registrations/domain/registration.aggregate';
import { RegistrationRepository } from '../src/registrations/domain/registration-repository.port';
import { SeatLedger, type SeatLimits } from '../src/registrations/domain/seat-ledger';
import { SESSIONS_OUTBOX } from '../src/sessions.outbox';
import type { AgencyFacts } from '../src/sessions/domain/invitation-scope.value-object';
import { Session, type SessionState } from '../src/sessions/domain/session.aggregate';
import { SessionRepository } from '../src/sessions/domain/session-repository.port';
import { SessionRuleViolation } from '../src/sessions/domain/session.errors';
import { InMemoryCertificateRepository } from './in-memory-certificates.fixture';

/** Sessions kept in a map; every load is a fresh aggregate, as from the database. */
export class InMemorySessionRepository extends SessionRepository {
  readonly rows = new Map<string, SessionState>();

  constructor(private readonly unitOfWork: InMemoryUnitOfWork) {
    super();
  }

  async insert(session: Session): Promise<void> {
    this.rows.set(session.id, session.snapshot());
    this.unitOfWork.current.track(session);
  }

  async findById(id: string): Promise<Session | null> {
    const row = this.rows.get(id);
    return row ? Session.restore(row) : null;
  }

  lockById(id: string): Promise<Session | null> {
    return this.findById(id);
  }

  async update(session: Session, previousVersion: number): Promise<void> {
    if (this.rows.get(session.id)?.version !== previousVersion) {
      throw new SessionRuleViolation('SESSION.VERSION_MISMATCH', 'changed meanwhile');
    }
    this.rows.set(session.id, session.snapshot());
    this.unitOfWork.current.track(session);
  }
}

/** Registrations in arrival order (the waitlist's order), with the same rules as the SQL ones. */
export class InMemoryRegistrationRepository extends RegistrationRepository {
  readonly rows: RegistrationState[] = [];

  constructor(private readonly unitOfWork: InMemoryUnitOfWork) {
    super();
  }

  private of(sessionId: string) {
    return this.rows.filter((r) => r.sessionId === sessionId);
  }

  async seatLedger(sessionId: string, limits: SeatLimits): Promise<SeatLedger> {
    const confirmed = this.of(sessionId).filter((r) => r.status === 'CONFIRMED');
    const byAgency = new Map<string, number>();
    for (const r of confirmed) byAgency.set(r.agencyId, (byAgency.get(r.agencyId) ?? 0) + 1);
    return new SeatLedger(limits, confirmed.length, byAgency);
  }

  async seatsTaken(sessionId: string) {
    const ledger = this.of(sessionId).filter((r) => r.status === 'CONFIRMED');
    const counts = new Map<string, number>();
    for (const r of ledger) counts.set(r.agencyId, (counts.get(r.agencyId) ?? 0) + 1);
    return {
      confirmed: ledger.length,
      mostForOneAgency: Math.max(0, ...counts.values()),
      held: this.of(sessionId).filter((r) => r.status !== 'CANCELLED').length,
    };
  }

  async insertAll(registrations: Registration[]): Promise<void> {
    for (const registration of registrations) {
      const s = registration.snapshot();
      const taken = this.of(s.sessionId).some((r) => r.status !== 'CANCELLED' && r.email === s.email);
      if (taken) throw new SessionRuleViolation('REGISTRATION.DUPLICATE', `${s.email} already holds a place`);
      this.rows.push(s);
      this.unitOfWork.current.track(registration);
    }
  }

  async waitlist(sessionId: string): Promise<Registration[]> {
    return this.of(sessionId)
      .filter((r) => r.status === 'WAITLISTED')
      .map((r) => Registration.restore(r));
  }

  async lockById(sessionId: string, id: string): Promise<Registration | null> {
    const row = this.of(sessionId).find((r) => r.id === id);
    return row ? Registration.restore(row) : null;
  }

  async lockManyById(sessionId: string, ids: readonly string[]): Promise<Registration[]> {
    return this.of(sessionId)
      .filter((r) => ids.includes(r.id))
      .map((r) => Registration.restore(r));
  }

  async lockByCodeHash(sessionId: string, hash: string): Promise<Registration | null> {
    const row = this.of(sessionId).find((r) => r.checkInCodeHash === hash);
    return row ? Registration.restore(row) : null;
  }

  async attendance(sessionId: string) {
    const attended = this.of(sessionId).filter((r) => r.attendedAt !== null);
    return { agencyIds: [...new Set(attended.map((r) => r.agencyId))].sort(), attended: attended.length };
  }

  async save(registrations: Registration[]): Promise<void> {
    for (const registration of registrations) {
      const index = this.rows.findIndex((r) => r.id === registration.id);
      this.rows[index] = registration.snapshot();
      this.unitOfWork.current.track(registration);
    }
  }

  async saveAttendance(recording: AttendanceRecording): Promise<void> {
    await this.save(recording.attended);
    this.unitOfWork.current.track(recording);
  }
}

export class InMemoryAgencyDirectory extends AgencyDirectory {
  readonly agencies = new Map<string, AgencyFacts>();
  readonly members = new Set<string>();

  async find(agencyId: string): Promise<AgencyFacts | null> {
    return this.agencies.get(agencyId) ?? null;
  }

  async isMember(agencyId: string, sub: string): Promise<boolean> {
    return this.members.has(`${agencyId}:${sub}`);
  }
}

/** The sessions service's ports in memory, on a unit of work with the service's own outbox mapping. */
export function inMemorySessions() {
  const unitOfWork = new InMemoryUnitOfWork(createPlatformEventRegistry(), SESSIONS_OUTBOX, '/csg/sessions');
  const registrations = new InMemoryRegistrationRepository(unitOfWork);
  const certificates = new InMemoryCertificateRepository(unitOfWork, registrations);
  return {
    unitOfWork,
    sessions: new InMemorySessionRepository(unitOfWork),
    registrations,
    certificates,
    certifier: new CertificateIssuer(certificates),
    directory: new InMemoryAgencyDirectory(),
    clock: new TestClock(),
  };
}
