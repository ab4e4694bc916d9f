import { createHash } from 'node:crypto';
import { QueryFailedError, type DataSource, type EntityManager, type EntityTarget } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Named (prepared) statements on the hot paths (docs/benchmarks.md, ADR 49): PostgreSQL parses and
 * plans a named statement once per pooled connection, and node-postgres sends only its name and
 * values afterwards, without TypeORM's query builder, broadcaster and result transformation.
 * Everything else keeps going through TypeORM (ADR 13).
 */
export interface NamedStatement {
  readonly name: string;
  readonly text: string;
}

/** name → text of every statement declared in this process: one name never means two texts. */
const declared = new Map<string, string>();

/**
 * Declares a statement under a process-wide unique name (`<service>.<use-case>.<what>`). A second
 * declaration of the name with another text is a programming error: node-postgres would refuse it
 * on a connection that prepared the first.
 */
export function namedStatement(name: string, text: string): NamedStatement {
  const known = declared.get(name);
  if (known !== undefined && known !== text)
    throw new Error(`named statement "${name}" is already declared with another text`);
  declared.set(name, text);
  return { name, text };
}

/**
 * A statement whose text varies among a few shapes (a read rule per kind of caller, an insert of
 * the columns a row sets): its name carries a hash of the text, so each shape is prepared once.
 */
export function namedStatementOfShape(prefix: string, text: string): NamedStatement {
  const key = `${prefix}\u0000${text}`;
  let statement = shapes.get(key);
  if (!statement) {
    statement = namedStatement(
      `${prefix}.${createHash('sha1').update(text).digest('hex').slice(0, 16)}`,
      text,
    );
    shapes.set(key, statement);
  }
  return statement;
}
const shapes = new Map<string, NamedStatement>();

interface PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{
    rows: unknown[];
    rowCount: number | null;
  }>;
}

const isQueryable = (value: unknown): value is PgQueryable =>
  typeof (value as PgQueryable | undefined)?.query === 'function';

/**
 * The node-postgres connection a query on `target` runs on: the transaction's own connection when
 * the manager belongs to a running transaction, else the data source's pool. Null when that is
 * not node-postgres (then the statement runs unnamed through TypeORM).
 */
function pgConnectionOf(target: DataSource | EntityManager): PgQueryable | null {
  const dataSource = 'manager' in target && 'driver' in target ? target : target.connection;
  if (dataSource.options.type !== 'postgres') return null;
  const runner = 'queryRunner' in target ? target.queryRunner : undefined;
  if (runner) {
    if (runner.isReleased) return null;
    const connection = (runner as { databaseConnection?: unknown }).databaseConnection;
    return isQueryable(connection) ? connection : null;
  }
  const pool = (dataSource.driver as { master?: unknown }).master;
  return isQueryable(pool) ? pool : null;
}

/** Runs a named statement on `target` (a data source, or a manager inside or outside a transaction). */
export async function queryNamed<T>(
  target: DataSource | EntityManager,
  statement: NamedStatement,
  values: unknown[],
): Promise<{ rows: T[]; rowCount: number }> {
  const connection = pgConnectionOf(target);
  if (!connection) {
    const rows = (await target.query(statement.text, values)) as T[];
    return { rows, rowCount: Array.isArray(rows) ? rows.length : 0 };
  }
  try {
    const result = await connection.query({ name: statement.name, text: statement.text, values });
    return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
  } catch (error) {
    // The same error shape as TypeORM's queries, so callers read `driverError.code` either way.
    throw new QueryFailedError(statement.text, values, error as Error);
  }
}

/** The rows of a named statement. */
export async function rowsOfNamed<T>(
  target: DataSource | EntityManager,
  statement: NamedStatement,
  values: unknown[],
): Promise<T[]> {
  return (await queryNamed<T>(target, statement, values)).rows;
}

/**
 * An `INSERT` of one entity row as a named statement, its column list and value conversions taken
 * from the entity's TypeORM metadata (so the entity stays the one description of the table, ADR 13):
 * what `manager.insert(Entity, row)` writes, without building the statement on every call. Columns
 * the row leaves undefined take their defaults (each such shape is its own statement). Generated
 * values are not read back: callers that need them use `manager.insert`.
 */
export class EntityInsert<Row extends object> {
  private readonly byConnection = new WeakMap<object, { table: string; columns: ColumnMetadata[] }>();
  /** Which columns a row sets → its statement. */
  private readonly byShape = new Map<string, NamedStatement>();

  constructor(
    private readonly entity: EntityTarget<Row>,
    private readonly prefix: string,
  ) {}

  async insert(manager: EntityManager, row: Row): Promise<void> {
    const { table, columns } = this.metadataFor(manager);
    const present: number[] = [];
    const values: unknown[] = [];
    columns.forEach((column, index) => {
      const value: unknown = column.getEntityValue(row);
      if (value === undefined) return;
      present.push(index);
      values.push(manager.connection.driver.preparePersistentValue(value, column));
    });
    const shape = present.join(',');
    let statement = this.byShape.get(shape);
    if (!statement) {
      const names = present.map((i) => manager.connection.driver.escape(columns[i].databaseName));
      statement = namedStatementOfShape(
        this.prefix,
        `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`,
      );
      this.byShape.set(shape, statement);
    }
    await queryNamed(manager, statement, values);
  }

  private metadataFor(manager: EntityManager) {
    const known = this.byConnection.get(manager.connection);
    if (known) return known;
    const { driver } = manager.connection;
    const metadata = manager.connection.getMetadata(this.entity);
    const resolved = {
      table: [metadata.schema, metadata.tableName]
        .filter((part): part is string => typeof part === 'string' && part.length > 0)
        .map((part) => driver.escape(part))
        .join('.'),
      columns: metadata.columns.filter(
        (c) => c.isInsert && !c.isVirtual && !c.isVirtualProperty && c.generatedType === undefined,
      ),
    };
    this.byConnection.set(manager.connection, resolved);
    return resolved;
  }
}
