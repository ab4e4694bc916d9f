import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per participant and session. `position` is the order places were asked for (rows of
 * one session are inserted while the session row is locked), so the waitlist is
 * `ORDER BY position`. Only the hash of a check-in code is kept.
 */
export class CreateRegistrations1764300002100 implements MigrationInterface {
  name = 'CreateRegistrations1764300002100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE registrations (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions (id),
        agency_id uuid NOT NULL,
        sub text,
        name text NOT NULL,
        email text NOT NULL,
        status text NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
        position bigint GENERATED ALWAYS AS IDENTITY,
        registered_by text NOT NULL,
        check_in_code_hash text NOT NULL,
        attended_at timestamptz,
        attendance_source text CHECK (attendance_source IN ('BULK', 'CHECK_IN')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((attended_at IS NULL) = (attendance_source IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX registrations_one_place_per_person ON registrations (session_id, sub)
        WHERE status <> 'CANCELLED' AND sub IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX registrations_one_place_per_email ON registrations (session_id, lower(email))
        WHERE status <> 'CANCELLED'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX registrations_check_in_code ON registrations (session_id, check_in_code_hash)`,
    );
    await q.query(`CREATE INDEX registrations_by_session ON registrations (session_id, position)`);
    await q.query(`CREATE INDEX registrations_by_agency ON registrations (agency_id, session_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE registrations`);
  }
}
