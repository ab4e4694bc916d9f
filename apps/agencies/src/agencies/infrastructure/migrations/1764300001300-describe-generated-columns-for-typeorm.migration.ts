import type { MigrationInterface, QueryRunner } from 'typeorm';
import { forgetGeneratedColumn, recordGeneratedColumn } from '@csg/persistence/migrations/typeorm-metadata';

/** The expression of `agencies.search_text`, as the entity declares it (agency.orm-entity.ts). */
export const AGENCY_SEARCH_TEXT_EXPRESSION = `lower(name || ' ' || acronym)`;

/**
 * Records `agencies.search_text` (migration 1764300001100) where TypeORM looks for a generated
 * column's expression, so the entity and the migrated table compare equal (ADR 13). Nothing
 * at run time reads it; the schema-drift test does.
 */
export class DescribeGeneratedColumnsForTypeorm1764300001300 implements MigrationInterface {
  name = 'DescribeGeneratedColumnsForTypeorm1764300001300';

  async up(q: QueryRunner): Promise<void> {
    await recordGeneratedColumn(q, 'agencies', 'search_text', AGENCY_SEARCH_TEXT_EXPRESSION);
  }

  async down(q: QueryRunner): Promise<void> {
    await forgetGeneratedColumn(q, 'agencies', 'search_text');
  }
}
