import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import type { SeatsTaken } from '../../sessions/domain/session.aggregate';
import { SessionRuleViolation } from '../../sessions/domain/session.errors';
import {
  Registration,
  type AttendanceSource,
  type RegistrationState,
  type RegistrationStatus,
} from '../domain/registration.aggregate';
import type { AttendanceRecording } from '../domain/attendance-recording.aggregate';
import { RegistrationRepository } from '../domain/registration-repository.port';
import { SeatLedger, type SeatLimits } from '../domain/seat-ledger';
import { RegistrationOrmEntity } from './registration.orm-entity';

const UNIQUE_VIOLATION = '23505';
const COLUMNS = `id, session_id AS "sessionId", agency_id AS "agencyId", sub, name, email, status,
  registered_by AS "registeredBy", check_in_code_hash AS "checkInCodeHash", attended_at AS "attendedAt",
  attendance_source AS "attendanceSource", created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * Registrations of one session, read and written inside the transaction that holds the
 * session's row lock (SessionRepository.lockById): seat counts come from SQL at that moment.
 */
@Injectable()
export class TypeOrmRegistrationRepository extends RegistrationRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  /** The session's confirmed seats, overall and per agency, counted in SQL. */
  async seatLedger(sessionId: string, limits: SeatLimits): Promise<SeatLedger> {
    const rows: Array<{ agencyId: string; n: number }> = await this.manager.query(
      `SELECT agency_id AS "agencyId", count(*)::int AS n FROM registrations
        WHERE session_id = $1 AND status = 'CONFIRMED' GROUP BY agency_id`,
      [sessionId],
    );
    const byAgency = new Map(rows.map((r) => [r.agencyId, r.n]));
    return new SeatLedger(limits, sum(rows.map((r) => r.n)), byAgency);
  }

  async seatsTaken(sessionId: string): Promise<SeatsTaken> {
    const [row]: Array<{ confirmed: number; most: number; held: number }> = await this.manager.query(
      `SELECT coalesce(sum(confirmed), 0)::int AS confirmed, coalesce(max(confirmed), 0)::int AS most,
              coalesce(sum(held), 0)::int AS held FROM (
         SELECT count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed, count(*) FILTER (WHERE status <> 'CANCELLED') AS held
           FROM registrations WHERE session_id = $1 GROUP BY agency_id
       ) per_agency`,
      [sessionId],
    );
    return { confirmed: row.confirmed, mostForOneAgency: row.most, held: row.held };
  }

  async insertAll(registrations: Registration[]): Promise<void> {
    for (const registration of registrations) {
      const s = registration.snapshot();
      try {
        await this.manager.insert(RegistrationOrmEntity, { ...s, attendanceSource: s.attendanceSource });
      } catch (error) {
        if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
          throw new SessionRuleViolation(
            'REGISTRATION.DUPLICATE',
            `${s.email} already holds a place in this session.`,
          );
        }
        throw error;
      }
      this.transactions.current.track(registration);
    }
  }

  async waitlist(sessionId: string): Promise<Registration[]> {
    return this.select(`session_id = $1 AND status = 'WAITLISTED' ORDER BY position FOR UPDATE`, [sessionId]);
  }

  async lockById(sessionId: string, id: string): Promise<Registration | null> {
    const [found] = await this.select(`session_id = $1 AND id = $2 FOR UPDATE`, [sessionId, id]);
    return found ?? null;
  }

  async lockManyById(sessionId: string, ids: readonly string[]): Promise<Registration[]> {
    return this.select(`session_id = $1 AND id = ANY($2::uuid[]) ORDER BY position FOR UPDATE`, [
      sessionId,
      ids,
    ]);
  }

  async lockByCodeHash(sessionId: string, hash: string): Promise<Registration | null> {
    const [found] = await this.select(`session_id = $1 AND check_in_code_hash = $2 FOR UPDATE`, [
      sessionId,
      hash,
    ]);
    return found ?? null;
  }

  async attendance(sessionId: string): Promise<{ agencyIds: string[]; attended: number }> {
    const [row]: Array<{ agencyIds: string[]; attended: number }> = await this.manager.query(
      `SELECT coalesce(array_agg(DISTINCT agency_id ORDER BY agency_id), '{}') AS "agencyIds", count(*)::int AS attended
         FROM registrations WHERE session_id = $1 AND attended_at IS NOT NULL`,
      [sessionId],
    );
    return row;
  }

  async save(registrations: Registration[]): Promise<void> {
    for (const registration of registrations) {
      const s = registration.snapshot();
      await this.manager.query(
        `UPDATE registrations SET status = $2, attended_at = $3, attendance_source = $4, updated_at = $5 WHERE id = $1`,
        [s.id, s.status, s.attendedAt, s.attendanceSource, s.updatedAt],
      );
      this.transactions.current.track(registration);
    }
  }

  async saveAttendance(recording: AttendanceRecording): Promise<void> {
    await this.save(recording.attended);
    this.transactions.current.track(recording);
  }

  private async select(where: string, params: unknown[]): Promise<Registration[]> {
    const rows: RegistrationState[] = await this.manager.query(
      `SELECT ${COLUMNS} FROM registrations WHERE ${where}`,
      params,
    );
    return rows.map((row) =>
      Registration.restore({
        ...row,
        status: row.status as RegistrationStatus,
        attendanceSource: row.attendanceSource as AttendanceSource | null,
        attendedAt: row.attendedAt ? new Date(row.attendedAt) : null,
        createdAt: new Date(row.createdAt),
        updatedAt: new Date(row.updatedAt),
      }),
    );
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
