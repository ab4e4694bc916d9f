import type { EntityManager } from 'typeorm';
import type { FrameworkDefinition, FrameworkSource } from '../domain/framework-definition';
import { frameworkNodeRows, type FrameworkNodeRow } from './framework-node.rows';

export interface FrameworkSummaryRow {
  id: string;
  name: string;
  version: string;
  source: FrameworkSource;
  revision: number;
  functions: number;
  categories: number;
  subcategories: number;
  updatedAt: Date;
}

/** What campaigns and answers are checked against: the framework's functions and subcategories. */
export interface FrameworkShapeRows {
  functionIds: string[];
  subcategories: Map<string, { functionId: string; categoryId: string }>;
}

const SUMMARY = `f.id, f.name, f.version, f.source, f.revision, f.updated_at AS "updatedAt",
  (SELECT count(*)::int FROM framework_nodes n WHERE n.framework_id = f.id AND n.level = 'function') AS functions,
  (SELECT count(*)::int FROM framework_nodes n WHERE n.framework_id = f.id AND n.level = 'category') AS categories,
  (SELECT count(*)::int FROM framework_nodes n WHERE n.framework_id = f.id AND n.level = 'subcategory') AS subcategories`;

/** Frameworks and their nodes, inside the caller's transaction or on the pool. */
export class FrameworkStore {
  constructor(private readonly manager: EntityManager) {}

  /** In id order (`COLLATE "C"`), from a keyset position. */
  list(limit: number, afterId?: string): Promise<FrameworkSummaryRow[]> {
    return this.manager.query(
      `SELECT ${SUMMARY} FROM frameworks f
        WHERE $2::text IS NULL OR f.id COLLATE "C" > $2::text
        ORDER BY f.id COLLATE "C" LIMIT $1`,
      [limit, afterId ?? null],
    );
  }

  async summary(id: string): Promise<FrameworkSummaryRow | null> {
    const [row] = await this.manager.query(`SELECT ${SUMMARY} FROM frameworks f WHERE f.id = $1`, [id]);
    return row ?? null;
  }

  /** The framework's tree in reading order, or null. */
  async definition(id: string): Promise<(FrameworkDefinition & { revision: number }) | null> {
    const summary = await this.summary(id);
    if (!summary) return null;
    const nodes: FrameworkNodeRow[] = await this.manager.query(
      `SELECT id, level, function_id AS "functionId", category_id AS "categoryId", name, statement, examples, position
         FROM framework_nodes WHERE framework_id = $1 ORDER BY position`,
      [id],
    );
    const functions: FrameworkDefinition['functions'] = [];
    for (const node of nodes) {
      if (node.level === 'function') {
        functions.push({
          id: node.id,
          name: node.name ?? node.id,
          statement: node.statement,
          categories: [],
        });
      } else if (node.level === 'category') {
        functions.at(-1)?.categories.push({
          id: node.id,
          name: node.name ?? node.id,
          statement: node.statement,
          subcategories: [],
        });
      } else {
        functions
          .at(-1)
          ?.categories.at(-1)
          ?.subcategories.push({ id: node.id, statement: node.statement, examples: node.examples });
      }
    }
    return {
      id: summary.id,
      name: summary.name,
      version: summary.version,
      source: summary.source,
      revision: summary.revision,
      functions,
    };
  }

  async shape(id: string): Promise<FrameworkShapeRows | null> {
    const rows: Array<{ id: string; level: string; functionId: string; categoryId: string }> =
      await this.manager.query(
        `SELECT id, level, function_id AS "functionId", category_id AS "categoryId"
         FROM framework_nodes WHERE framework_id = $1 AND level IN ('function', 'subcategory') ORDER BY position`,
        [id],
      );
    if (rows.length === 0) return null;
    return {
      functionIds: rows.filter((r) => r.level === 'function').map((r) => r.id),
      subcategories: new Map(
        rows
          .filter((r) => r.level === 'subcategory')
          .map((r) => [r.id, { functionId: r.functionId, categoryId: r.categoryId }]),
      ),
    };
  }

  /**
   * Creates the framework or replaces its tree (revision + 1). Locks the row first, so two
   * imports of the same framework apply one after the other. Returns the new revision.
   */
  async save(framework: FrameworkDefinition): Promise<{ revision: number; created: boolean }> {
    await this.manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('csg.maturity.framework:' || $1, 0))`,
      [framework.id],
    );
    const [row]: Array<{ revision: number; created: boolean }> = await this.manager.query(
      `INSERT INTO frameworks (id, name, version, source, revision) VALUES ($1, $2, $3, $4, 1)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, version = EXCLUDED.version,
         revision = frameworks.revision + 1, updated_at = now()
       RETURNING revision, (xmax = 0) AS created`,
      [framework.id, framework.name, framework.version, framework.source],
    );
    await this.manager.query(`DELETE FROM framework_nodes WHERE framework_id = $1`, [framework.id]);
    const rows = frameworkNodeRows(framework);
    await this.manager.query(
      `INSERT INTO framework_nodes (framework_id, id, level, function_id, category_id, name, statement, examples, position)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::jsonb[], $9::int[])`,
      [
        framework.id,
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
    return row;
  }
}
