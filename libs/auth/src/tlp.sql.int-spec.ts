import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@csg/testing/postgres/test-database';
import { ITEM, ITEM_VARIANTS, TLP_READ_CASES } from '../test/tlp-read.cases';
import { TLP_MARKINGS, type TlpMarking } from './tlp';
import { canRead, type TlpResource } from './tlp.policy';
import { tlpReadPredicate, type TlpColumns } from './tlp.sql';

const COLUMNS: TlpColumns = {
  tlp: 'i.tlp',
  ownerAgencyId: 'i.owner_agency_id',
  sharedWithAgencyIds: 'i.shared_with_agency_ids',
  recipientSubs: 'i.recipient_subs',
  underReview: 'i.under_review',
};

interface Row {
  id: number;
  marking: TlpMarking;
  resource: TlpResource;
  /** Set for the rows of the expectation table (ITEM, under review or not). */
  table?: { underReview: boolean };
}

describe('tlpReadPredicate against PostgreSQL agrees with canRead', () => {
  let database: TestDatabase;
  let client: Client;
  const rows: Row[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('auth_tlp_sql');
    client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(`
      CREATE TABLE marked_items (
        id serial PRIMARY KEY,
        batch text NOT NULL,
        tlp text NOT NULL,
        owner_agency_id uuid,
        shared_with_agency_ids uuid[],
        recipient_subs text[],
        under_review boolean
      )`);
    const add = async (marking: TlpMarking, resource: TlpResource, table?: Row['table']) => {
      const { rows: inserted } = await client.query<{ id: number }>(
        `INSERT INTO marked_items (batch, tlp, owner_agency_id, shared_with_agency_ids, recipient_subs, under_review)
         VALUES ('tlp', $1, $2, $3, $4, $5) RETURNING id`,
        [
          marking,
          resource.ownerAgencyId,
          resource.sharedWithAgencyIds ?? null,
          resource.recipientSubs ?? null,
          resource.underReview ?? null,
        ],
      );
      rows.push({ id: inserted[0].id, marking, resource, table });
    };
    for (const underReview of [false, true]) {
      for (const marking of TLP_MARKINGS) await add(marking, { ...ITEM, underReview }, { underReview });
    }
    for (const variant of ITEM_VARIANTS) for (const marking of TLP_MARKINGS) await add(marking, variant);
    await add('TLP:WHITE' as TlpMarking, { ...ITEM, underReview: true }); // an unknown marking: readable by nobody
    // Rows of another batch, to show the predicate composes with the caller's own conditions.
    await client.query(`INSERT INTO marked_items (batch, tlp) VALUES ('other', 'TLP:CLEAR')`);
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  /** Row ids the SQL predicate lets through, as a WHERE filter after one caller parameter ($1). */
  const visibleIds = async (principal: (typeof TLP_READ_CASES)[number]['principal']): Promise<number[]> => {
    const where = tlpReadPredicate(principal, COLUMNS, 2);
    const result = await client.query<{ id: number }>(
      `SELECT i.id FROM marked_items i WHERE i.batch = $1 AND ${where.sql} ORDER BY i.id`,
      ['tlp', ...where.params],
    );
    return result.rows.map((r) => r.id);
  };

  it.each(TLP_READ_CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    // The table's expectation, on the rows of the reference item.
    const tableRows = rows.filter((r) => r.table?.underReview === c.underReview);
    const visible = new Set(await visibleIds(c.principal));
    expect(tableRows.map((r) => visible.has(r.id))).toEqual(c.expected);
    // Agreement with canRead on every row (every item shape, NULL arrays, an unknown marking).
    const expectedIds = rows.filter((r) => canRead(c.principal, r.marking, r.resource)).map((r) => r.id);
    expect([...visible].sort((a, b) => a - b)).toEqual(expectedIds);
    // And as a selected value: COALESCE(predicate, false) is true exactly where canRead is.
    const where = tlpReadPredicate(c.principal, COLUMNS, 1);
    const selected = await client.query<{ id: number; readable: boolean }>(
      `SELECT i.id, COALESCE(${where.sql}, false) AS readable FROM marked_items i WHERE i.batch = 'tlp' ORDER BY i.id`,
      where.params,
    );
    expect(selected.rows.filter((r) => r.readable).map((r) => r.id)).toEqual(expectedIds);
  });

  it('a hostile sub is data, not SQL', async () => {
    const principal = { kind: 'person' as const, sub: "x' OR '1'='1", platformRoles: [], memberships: [] };
    const visible = await visibleIds(principal);
    expect(visible).toEqual(rows.filter((r) => r.marking === 'TLP:CLEAR').map((r) => r.id));
  });
});
