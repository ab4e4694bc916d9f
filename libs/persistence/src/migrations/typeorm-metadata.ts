import type { QueryRunner } from 'typeorm';

/**
 * TypeORM reads a generated column's expression from its own `typeorm_metadata` table (not from
 * information_schema, whose formatting differs). Where migrations own the schema (ADR 13), the
 * migration that adds a generated column records it here, with the expression the entity
 * declares (`asExpression`), so TypeORM's schema comparison sees no difference.
 */
export async function recordGeneratedColumn(
  q: QueryRunner,
  table: string,
  column: string,
  expression: string,
): Promise<void> {
  await q.query(`
    CREATE TABLE IF NOT EXISTS typeorm_metadata (
      "type" varchar NOT NULL,
      "database" varchar,
      "schema" varchar,
      "table" varchar,
      "name" varchar,
      "value" text
    )`);
  await q.query(
    `INSERT INTO typeorm_metadata ("type", "database", "schema", "table", "name", "value")
     VALUES ('GENERATED_COLUMN', current_database(), current_schema(), $1, $2, $3)`,
    [table, column, expression],
  );
}

/** The `down` of {@link recordGeneratedColumn}; drops the table once it holds nothing. */
export async function forgetGeneratedColumn(q: QueryRunner, table: string, column: string): Promise<void> {
  await q.query(
    `DELETE FROM typeorm_metadata WHERE "type" = 'GENERATED_COLUMN' AND "table" = $1 AND "name" = $2`,
    [table, column],
  );
  const [{ left }]: Array<{ left: number }> = await q.query(
    `SELECT count(*)::int AS left FROM typeorm_metadata`,
  );
  if (left === 0) await q.query(`DROP TABLE typeorm_metadata`);
}
