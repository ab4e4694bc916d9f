import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Integration clients with their hashed API keys, webhooks with their encrypted signing secrets,
 * the durable delivery queue with its attempt log, and the integration event log the feed,
 * webhooks and curated topics read.
 */
export class CreateIntegrations1764300004400 implements MigrationInterface {
  name = 'CreateIntegrations1764300004400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE integration_clients (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        owner_agency_id uuid,
        event_types text[] NOT NULL,
        tlp_clearance text NOT NULL,
        key_id text NOT NULL UNIQUE,
        key_hash text NOT NULL,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'REVOKED')),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz,
        version integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE integration_events (
        seq bigserial PRIMARY KEY,
        event_id text NOT NULL UNIQUE,
        type text NOT NULL,
        source text NOT NULL,
        subject text,
        time timestamptz NOT NULL,
        data jsonb NOT NULL,
        tlp text NOT NULL,
        owner_agency_id uuid,
        shared_with_agency_ids uuid[] NOT NULL DEFAULT '{}',
        recipient_subs text[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX integration_events_type_idx ON integration_events (type, seq)`);
    await q.query(`
      CREATE TABLE webhooks (
        id uuid PRIMARY KEY,
        url text NOT NULL,
        event_types text[] NOT NULL,
        owner_agency_id uuid,
        tlp_clearance text NOT NULL,
        description text,
        secret_ciphertext text NOT NULL,
        previous_secret_ciphertext text,
        previous_secret_expires_at timestamptz,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED')),
        disabled_reason text,
        failing_since timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        version integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id text PRIMARY KEY,
        webhook_id uuid NOT NULL REFERENCES webhooks (id),
        event_id text NOT NULL,
        event_type text NOT NULL,
        payload text NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'GAVE_UP', 'CANCELLED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_status_code integer,
        last_error text,
        created_at timestamptz NOT NULL,
        completed_at timestamptz,
        UNIQUE (webhook_id, event_id)
      )`);
    await q.query(
      `CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING'`,
    );
    await q.query(
      `CREATE INDEX webhook_deliveries_list_idx ON webhook_deliveries (webhook_id, created_at DESC, id)`,
    );
    await q.query(`
      CREATE TABLE webhook_attempts (
        id bigserial PRIMARY KEY,
        delivery_id text NOT NULL REFERENCES webhook_deliveries (id),
        attempted_at timestamptz NOT NULL,
        status_code integer,
        error text,
        duration_ms integer NOT NULL
      )`);
    await q.query(`CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'webhook_attempts',
      'webhook_deliveries',
      'webhooks',
      'integration_events',
      'integration_clients',
    ])
      await q.query(`DROP TABLE ${t}`);
  }
}
