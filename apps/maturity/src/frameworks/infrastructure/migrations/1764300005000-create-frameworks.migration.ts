import type { MigrationInterface, QueryRunner } from 'typeorm';
import { builtInFramework } from '../../domain/framework-definition';
import { frameworkNodeRows } from '../framework-node.rows';

/**
 * Frameworks as data: one row per framework, one per function, category and subcategory (the
 * roll-ups join answers to these; a control assessed itself is a category and a subcategory of
 * the same id, ADR 0042), and the built-in NIST CSF 2.0 structure from libs/frameworks.
 */
export class CreateFrameworks1764300005000 implements MigrationInterface {
  name = 'CreateFrameworks1764300005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE frameworks (
        id text PRIMARY KEY,
        name text NOT NULL,
        version text NOT NULL,
        source text NOT NULL CHECK (source IN ('BUILT_IN', 'OSCAL')),
        revision integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE framework_nodes (
        framework_id text NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,
        id text NOT NULL,
        level text NOT NULL CHECK (level IN ('function', 'category', 'subcategory')),
        function_id text NOT NULL,
        category_id text,
        name text,
        statement text,
        examples jsonb NOT NULL DEFAULT '[]',
        position integer NOT NULL,
        PRIMARY KEY (framework_id, level, id)
      )`);
    await q.query(
      `CREATE INDEX framework_nodes_level_idx ON framework_nodes (framework_id, level, position)`,
    );
    const builtIn = builtInFramework();
    await q.query(
      `INSERT INTO frameworks (id, name, version, source, revision) VALUES ($1, $2, $3, 'BUILT_IN', 1)`,
      [builtIn.id, builtIn.name, builtIn.version],
    );
    const rows = frameworkNodeRows(builtIn);
    await q.query(
      `INSERT INTO framework_nodes (framework_id, id, level, function_id, category_id, name, statement, examples, position)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::int[])`,
      [
        builtIn.id,
        rows.map((r) => r.id),
        rows.map((r) => r.level),
        rows.map((r) => r.functionId),
        rows.map((r) => r.categoryId),
        rows.map((r) => r.name),
        rows.map((r) => r.statement),
        rows.map((r) => JSON.stringify(r.examples)),
        rows.map((r) => r.position),
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE framework_nodes`);
    await q.query(`DROP TABLE frameworks`);
  }
}
