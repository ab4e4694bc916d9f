import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The `known_sessions` table as migration 1764300003300 makes it (ADR 13: the schema comparison
 * finds nothing to change). Written only by SessionDirectoryProjection, in SQL.
 */
@Entity({ name: 'known_sessions' })
@Check(
  'known_sessions_status_check',
  `(status = ANY (ARRAY['DRAFT'::text, 'SCHEDULED'::text, 'COMPLETED'::text, 'CANCELLED'::text]))`,
)
export class KnownSessionOrmEntity {
  @PrimaryColumn('uuid') sessionId: string;
  @Column('text') status: string;
  @Column('integer') version: number;
  @Column('timestamptz') updatedAt: Date;
}
