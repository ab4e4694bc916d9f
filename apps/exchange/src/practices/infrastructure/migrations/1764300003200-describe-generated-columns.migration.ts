import type { MigrationInterface, QueryRunner } from 'typeorm';
import { forgetGeneratedColumn, recordGeneratedColumn } from '@csg/persistence/migrations/typeorm-metadata';

/** The expression of `practices.search` (migration 1764300003000), as the entity declares it. */
export const PRACTICE_SEARCH_EXPRESSION = 'exchange_practice_document(title, summary, tags, body)';

/**
 * Records `practices.search` where TypeORM looks for a generated column's expression, so the
 * entity and the migrated table compare equal (ADR 13). Nothing at run time reads it; the
 * schema-drift test does.
 */
export class DescribeExchangeGeneratedColumnsForTypeorm1764300003200 implements MigrationInterface {
  name = 'DescribeExchangeGeneratedColumnsForTypeorm1764300003200';

  async up(q: QueryRunner): Promise<void> {
    await recordGeneratedColumn(q, 'practices', 'search', PRACTICE_SEARCH_EXPRESSION);
  }

  async down(q: QueryRunner): Promise<void> {
    await forgetGeneratedColumn(q, 'practices', 'search');
  }
}
