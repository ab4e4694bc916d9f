import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openMaturityDatabase, type MaturityDatabase } from '../../../../test/maturity-database.fixture';
import { MaturityRuleViolation } from '../../../maturity-rule.violation';
import { FrameworkStore } from '../../infrastructure/framework.store';
import { ImportFrameworkCommand } from './import-framework.command';
import { ImportFrameworkHandler } from './import-framework.handler';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../../../test/fixtures', name), 'utf8')) as unknown;

describe('ImportFrameworkHandler (PostgreSQL)', () => {
  let db: MaturityDatabase;
  const store = () => new FrameworkStore(db.dataSource.manager);
  const importing = (document: unknown) =>
    new ImportFrameworkHandler(db.unitOfWork).execute(new ImportFrameworkCommand(document));

  beforeAll(async () => {
    db = await openMaturityDatabase('maturity_oscal_import');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('the built-in framework exists after the migrations with 6 functions, 22 categories and 106 subcategories', async () => {
    expect(await store().summary('nist-csf-2.0')).toMatchObject({
      source: 'BUILT_IN',
      functions: 6,
      categories: 22,
      subcategories: 106,
      revision: 1,
    });
  });

  it("a catalog shaped like NIST's adds statements and examples to the built-in framework and keeps its structure", async () => {
    const result = await importing(fixture('csf-2.0-excerpt.oscal.json'));
    expect(result).toMatchObject({
      frameworkId: 'nist-csf-2.0',
      created: false,
      subcategories: 106,
      enriched: 3,
      revision: 2,
    });
    const framework = (await store().definition('nist-csf-2.0'))!;
    const oc = framework.functions[0].categories.find((c) => c.id === 'GV.OC')!;
    expect(oc.statement).toBe('Test statement of GV.OC');
    expect(oc.subcategories[0]).toEqual({
      id: 'GV.OC-01',
      statement: 'Test statement of GV.OC-01',
      examples: ['Test example one of GV.OC-01', 'Test example two of GV.OC-01'],
    });
    expect(framework.functions[0].name).toBe('Govern');
    expect(await store().summary('nist-csf-2.0')).toMatchObject({ source: 'BUILT_IN', subcategories: 106 });
  });

  it('any other catalog becomes a framework of its own, and importing it again updates it', async () => {
    const first = await importing(fixture('small-catalog.oscal.json'));
    expect(first).toMatchObject({
      frameworkId: 'provincial-baseline-2026.1',
      created: true,
      functions: 2,
      subcategories: 3,
      enriched: null,
    });
    const again = await importing(fixture('small-catalog.oscal.json'));
    expect(again).toMatchObject({ created: false, revision: 2 });
    const shape = (await store().shape('provincial-baseline-2026.1'))!;
    expect([...shape.subcategories.keys()]).toEqual(['gov-1.1', 'gov-2', 'ops-1']);
  });

  it('refuses what is not a catalog and changes nothing', async () => {
    const before = await db.dataSource.query(`SELECT id, revision FROM frameworks ORDER BY id`);
    const nodes = await db.dataSource.query(`SELECT count(*)::int AS n FROM framework_nodes`);
    const error = await importing({ profile: { imports: [] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MaturityRuleViolation);
    expect((error as MaturityRuleViolation).code).toBe('FRAMEWORK.NOT_OSCAL_CATALOG');
    expect(await db.dataSource.query(`SELECT id, revision FROM frameworks ORDER BY id`)).toEqual(before);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM framework_nodes`)).toEqual(nodes);
  });
});
