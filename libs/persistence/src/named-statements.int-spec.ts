import { randomUUID } from 'node:crypto';
import { Column, Entity, PrimaryColumn, QueryFailedError, type DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { EntityInsert, namedStatement, queryNamed, rowsOfNamed } from './named-statements';
import { createServiceDataSource } from './service-data-source';

@Entity({ name: 'named_notes' })
class NamedNote {
  @PrimaryColumn('uuid') id: string;
  @Column('text') title: string;
  @Column('text', { array: true }) tags: string[];
  @Column('jsonb') detail: { steps: string[] };
  @Column('text', { nullable: true }) note: string | null;
  @Column('integer', { default: 7 }) rank?: number;
  @Column({
    type: 'text',
    generatedType: 'STORED',
    asExpression: `lower(title)`,
    insert: false,
    update: false,
  })
  lowered?: string;
}

const NOTE_BY_ID = namedStatement(
  'test.named-notes.by-id',
  `SELECT id, title, tags, detail, note, rank, lowered FROM named_notes WHERE id = $1`,
);

describe('named statements', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const insert = new EntityInsert(NamedNote, 'test.named-notes.insert');
  const pool = () => (dataSource.driver as unknown as { master: { query: (c: unknown) => unknown } }).master;

  beforeAll(async () => {
    database = await createTestDatabase('named_statements');
    dataSource = createServiceDataSource({
      name: 'named',
      url: database.url,
      entities: [NamedNote],
      migrations: [],
    });
    await dataSource.initialize();
    await dataSource.query(
      `CREATE TABLE named_notes (id uuid PRIMARY KEY, title text NOT NULL UNIQUE, tags text[] NOT NULL,
         detail jsonb NOT NULL, note text, rank integer NOT NULL DEFAULT 7,
         lowered text GENERATED ALWAYS AS (lower(title)) STORED)`,
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('inserts an entity row with the columns and conversions of its metadata, defaults for what it leaves out', async () => {
    const id = randomUUID();
    await insert.insert(dataSource.manager, {
      id,
      title: 'Patch Tuesday',
      tags: ['patching', 'windows'],
      detail: { steps: ['inventory', 'test'] },
      note: null,
    });
    expect(await rowsOfNamed(dataSource, NOTE_BY_ID, [id])).toEqual([
      {
        id,
        title: 'Patch Tuesday',
        tags: ['patching', 'windows'],
        detail: { steps: ['inventory', 'test'] },
        note: null,
        rank: 7,
        lowered: 'patch tuesday',
      },
    ]);
  });

  it('sends the statement by name, so each connection prepares it once', async () => {
    const query = jest.spyOn(pool(), 'query');
    await rowsOfNamed(dataSource, NOTE_BY_ID, [randomUUID()]);
    expect(query).toHaveBeenCalledWith(expect.objectContaining({ name: 'test.named-notes.by-id' }));
    query.mockRestore();
  });

  it('runs on the transaction’s own connection inside a transaction, so a rollback undoes it', async () => {
    const id = randomUUID();
    await expect(
      dataSource.transaction(async (manager) => {
        await insert.insert(manager, {
          id,
          title: `rolled back ${id}`,
          tags: [],
          detail: { steps: [] },
          note: 'x',
        });
        expect(await rowsOfNamed(manager, NOTE_BY_ID, [id])).toHaveLength(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await rowsOfNamed(dataSource, NOTE_BY_ID, [id])).toEqual([]);
  });

  it('fails as TypeORM does, with the driver’s error code, e.g. a unique violation', async () => {
    const row = { title: 'Same title', tags: [], detail: { steps: [] }, note: null };
    await insert.insert(dataSource.manager, { id: randomUUID(), ...row });
    const failure = await insert
      .insert(dataSource.manager, { id: randomUUID(), ...row })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('23505');
  });

  it('counts the rows a statement changed', async () => {
    const id = randomUUID();
    await insert.insert(dataSource.manager, {
      id,
      title: `counted ${id}`,
      tags: [],
      detail: { steps: [] },
      note: null,
    });
    const touch = namedStatement('test.named-notes.touch', `UPDATE named_notes SET note = $2 WHERE id = $1`);
    expect((await queryNamed(dataSource, touch, [id, 'seen'])).rowCount).toBe(1);
    expect((await queryNamed(dataSource, touch, [randomUUID(), 'seen'])).rowCount).toBe(0);
  });

  it('refuses a second text under a name already declared', () => {
    expect(() => namedStatement('test.named-notes.by-id', 'SELECT 1')).toThrow(/already declared/);
    expect(namedStatement('test.named-notes.by-id', NOTE_BY_ID.text)).toEqual(NOTE_BY_ID);
  });
});
