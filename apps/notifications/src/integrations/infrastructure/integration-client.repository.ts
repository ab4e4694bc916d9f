import type { EntityManager } from 'typeorm';
import type { ManagedOwners } from '../../access/caller.util';
import type { IntegrationClientRow } from '../domain/integration-client.record';

/** Integration clients and their hashed keys, in the caller's transaction. */
export class IntegrationClientRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(row: Omit<IntegrationClientRow, 'rotated_at' | 'revoked_at'>): Promise<void> {
    await this.manager.query(
      `INSERT INTO integration_clients (id, name, owner_agency_id, event_types, tlp_clearance, key_id, key_hash, status, created_by, created_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        row.id,
        row.name,
        row.owner_agency_id,
        row.event_types,
        row.tlp_clearance,
        row.key_id,
        row.key_hash,
        row.status,
        row.created_by,
        row.created_at,
        row.version,
      ],
    );
  }

  async lock(id: string): Promise<IntegrationClientRow | null> {
    const rows: IntegrationClientRow[] = await this.manager.query(
      `SELECT * FROM integration_clients WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async replaceKey(id: string, keyId: string, keyHash: string): Promise<IntegrationClientRow> {
    const rows: IntegrationClientRow[] = await this.manager.query(
      `WITH u AS (UPDATE integration_clients SET key_id = $2, key_hash = $3, rotated_at = now(), version = version + 1
         WHERE id = $1 RETURNING *) SELECT * FROM u`,
      [id, keyId, keyHash],
    );
    return rows[0];
  }

  async revoke(id: string): Promise<IntegrationClientRow> {
    const rows: IntegrationClientRow[] = await this.manager.query(
      `WITH u AS (UPDATE integration_clients SET status = 'REVOKED', revoked_at = COALESCE(revoked_at, now()),
         version = CASE WHEN status = 'REVOKED' THEN version ELSE version + 1 END
       WHERE id = $1 RETURNING *) SELECT * FROM u`,
      [id],
    );
    return rows[0];
  }

  /** Clients whose owner the caller manages (all: every client). */
  async list(
    owners: ManagedOwners,
    limit: number,
    after?: readonly [string, string],
  ): Promise<IntegrationClientRow[]> {
    const params: unknown[] = [limit, owners.all, owners.agencyIds];
    const cursor = after ? `AND (created_at, id) < ($4::timestamptz, $5::uuid)` : '';
    if (after) params.push(after[0], after[1]);
    return this.manager.query(
      `SELECT * FROM integration_clients WHERE ($2 OR owner_agency_id = ANY($3::uuid[])) ${cursor}
       ORDER BY created_at DESC, id DESC LIMIT $1`,
      params,
    );
  }
}
