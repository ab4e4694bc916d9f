import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates of attendance, one per registration. The verification code is kept to print it
 * again; the public lookup goes by its SHA-256 digest, so what the database compares with a
 * stranger's input is a hash of that input, never the code (ADR 80).
 */
export class CreateCertificates1764300002400 implements MigrationInterface {
  name = 'CreateCertificates1764300002400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions (id),
        registration_id uuid NOT NULL REFERENCES registrations (id),
        agency_id uuid NOT NULL,
        participant_sub text,
        participant_name text NOT NULL,
        agency_name text NOT NULL,
        verification_code text NOT NULL,
        verification_digest bytea NOT NULL,
        issued_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revocation_reason text,
        CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX certificates_one_per_registration ON certificates (registration_id)`);
    await q.query(`CREATE UNIQUE INDEX certificates_by_digest ON certificates (verification_digest)`);
    await q.query(`CREATE INDEX certificates_by_session ON certificates (session_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificates`);
  }
}
