import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The `frameworks` table as its migration makes it (ADR 13). Framework rows are read and written
 * in SQL (framework.store.ts); the entity exists so that campaigns and assessments can name their
 * foreign keys to it, and so the schema-drift test compares this table too.
 */
@Entity({ name: 'frameworks' })
@Check('frameworks_source_check', `(source = ANY (ARRAY['BUILT_IN'::text, 'OSCAL'::text]))`)
export class FrameworkOrmEntity {
  @PrimaryColumn('text') id: string;
  @Column('text') name: string;
  @Column('text') version: string;
  @Column('text') source: string;
  @Column('integer') revision: number;
  @Column('timestamptz', { default: () => 'now()' }) createdAt: Date;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt: Date;
}
