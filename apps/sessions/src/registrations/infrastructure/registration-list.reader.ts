import type { EntityManager } from 'typeorm';
import type { Principal } from '@csg/auth';
import type { CursorPosition } from '@csg/http';
import { readerOf } from '../../access/caller.util';
import { sessionVisibility } from '../../sessions/infrastructure/session-list.reader';
import type { RegistrationState } from '../domain/registration.aggregate';

export interface RegistrationFilters {
  status?: string;
  agencyId?: string;
}

export type RegistrationListRow = RegistrationState & { position: number };

/**
 * A session's registrations in the order places were asked for, filtered in SQL by who may see
 * them: organisers see all; members see their own agencies' and their own; nobody sees the
 * registrations of a session they may not see.
 */
export class RegistrationListReader {
  constructor(private readonly manager: EntityManager) {}

  async list(
    principal: Principal,
    sessionId: string,
    filters: RegistrationFilters,
    limit: number,
    after?: CursorPosition,
  ): Promise<RegistrationListRow[] | null> {
    const visible = sessionVisibility(principal, 's', 2);
    const [session] = await this.manager.query(
      `SELECT 1 FROM sessions s WHERE s.id = $1 AND ${visible.sql}`,
      [sessionId, ...visible.params],
    );
    if (!session) return null;
    const reader = readerOf(principal);
    const params: unknown[] = [sessionId];
    const $ = (value: unknown) => `$${params.push(value)}`;
    const where = ['r.session_id = $1'];
    if (!reader.operator)
      where.push(`(r.agency_id = ANY(${$(reader.agencyIds)}::uuid[]) OR r.sub = ${$(reader.sub)})`);
    if (filters.status) where.push(`r.status = ${$(filters.status)}`);
    if (filters.agencyId) where.push(`r.agency_id = ${$(filters.agencyId)}`);
    if (after) where.push(`r.position > ${$(after[0])}`);
    const rows: Array<RegistrationState & { position: string }> = await this.manager.query(
      `SELECT r.id, r.session_id AS "sessionId", r.agency_id AS "agencyId", r.sub, r.name, r.email, r.status,
              r.registered_by AS "registeredBy", r.check_in_code_hash AS "checkInCodeHash",
              r.attended_at AS "attendedAt", r.attendance_source AS "attendanceSource",
              r.created_at AS "createdAt", r.updated_at AS "updatedAt", r.position
         FROM registrations r WHERE ${where.join(' AND ')} ORDER BY r.position LIMIT ${$(limit)}`,
      params,
    );
    return rows.map((r) => ({
      ...r,
      position: Number(r.position),
      attendedAt: r.attendedAt ? new Date(r.attendedAt) : null,
      createdAt: new Date(r.createdAt),
      updatedAt: new Date(r.updatedAt),
    }));
  }
}
