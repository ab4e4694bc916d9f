import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { violatedRule } from '@csg/domain';
import { enrichBuiltIn } from './built-in-enrichment.rule';
import { builtInFramework, subcategoryIdsOf } from './framework-definition';
import { parseOscalCatalog } from './oscal-catalog.parser';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../../test/fixtures', name), 'utf8')) as unknown;

describe('parseOscalCatalog', () => {
  it('parse_NistShapedCatalog_MapsToTheBuiltInIdWithStatementsAndExamples', () => {
    const framework = parseOscalCatalog(fixture('csf-2.0-excerpt.oscal.json'));
    expect(framework.id).toBe('nist-csf-2.0');
    expect(framework.functions.map((f) => f.id)).toEqual(['GV', 'ID']);
    expect(framework.functions[0]).toMatchObject({ name: 'GOVERN', statement: 'Test overview of Govern' });
    expect(framework.functions[0].categories[0]).toMatchObject({
      id: 'GV.OC',
      statement: 'Test statement of GV.OC',
    });
    expect(framework.functions[0].categories[0].subcategories[0]).toEqual({
      id: 'GV.OC-01',
      statement: 'Test statement of GV.OC-01',
      examples: ['Test example one of GV.OC-01', 'Test example two of GV.OC-01'],
    });
  });

  it('parse_WithdrawnItems_AreSkipped', () => {
    const framework = parseOscalCatalog(fixture('csf-2.0-excerpt.oscal.json'));
    expect(subcategoryIdsOf(framework)).not.toContain('ID.AM-06');
    const small = parseOscalCatalog(fixture('small-catalog.oscal.json'));
    expect(small.functions.map((f) => f.id)).toEqual(['gov', 'ops']);
    expect(subcategoryIdsOf(small)).not.toContain('gov-1.2');
  });

  it('parse_AnyOtherCatalog_BecomesAFrameworkNamedByItsTitleAndVersion', () => {
    const framework = parseOscalCatalog(fixture('small-catalog.oscal.json'));
    expect(framework).toMatchObject({
      id: 'provincial-baseline-2026.1',
      name: 'Provincial Baseline',
      source: 'OSCAL',
    });
  });

  it('parse_ControlWithoutNestedControls_IsAssessedItself', () => {
    const framework = parseOscalCatalog(fixture('small-catalog.oscal.json'));
    expect(subcategoryIdsOf(framework)).toEqual(['gov-1.1', 'gov-2', 'ops-1']);
    expect(framework.functions[0].categories[1].subcategories).toEqual([
      { id: 'gov-2', statement: 'Risks are recorded.', examples: [] },
    ]);
  });

  it.each([
    ['a string', 'catalog'],
    ['an array', []],
    ['no catalog', { profile: {} }],
    ['no metadata', { catalog: { uuid: 'x', groups: [] } }],
    ['no title', { catalog: { uuid: 'x', metadata: { version: '1' }, groups: [] } }],
    ['groups not an array', { catalog: { uuid: 'x', metadata: { title: 't', version: '1' }, groups: {} } }],
    [
      'a bad id',
      {
        catalog: { uuid: 'x', metadata: { title: 't', version: '1' }, groups: [{ id: 'a b', controls: [] }] },
      },
    ],
  ])('parse_%s_IsRefusedAsNotACatalog', (_what, document) => {
    expect(violatedRule(() => parseOscalCatalog(document))).toBe('FRAMEWORK.NOT_OSCAL_CATALOG');
  });

  it('parse_CatalogWithoutControls_IsRefusedAsEmpty', () => {
    const document = {
      catalog: { uuid: 'x', metadata: { title: 't', version: '1' }, groups: [{ id: 'g', controls: [] }] },
    };
    expect(violatedRule(() => parseOscalCatalog(document))).toBe('FRAMEWORK.CATALOG_EMPTY');
  });

  it('parse_SameIdTwice_IsRefused', () => {
    const control = { id: 'c-1', title: 'c' };
    const document = {
      catalog: {
        uuid: 'x',
        metadata: { title: 't', version: '1' },
        groups: [{ id: 'g', controls: [control, control] }],
      },
    };
    expect(violatedRule(() => parseOscalCatalog(document))).toBe('FRAMEWORK.DUPLICATE_IDENTIFIER');
  });

  it('parse_ProblemDetail_NamesThePathOfTheFirstProblem', () => {
    try {
      parseOscalCatalog({
        catalog: { uuid: 'x', metadata: { title: 't', version: '1' }, groups: [{ id: 'g', controls: [7] }] },
      });
      throw new Error('not refused');
    } catch (error) {
      expect((error as Error).message).toContain('$.catalog.groups[0].controls[0]');
    }
  });
});

describe('enrichBuiltIn', () => {
  it('enrich_WithNistsCatalog_AddsTextsAndKeepsTheBuiltInStructure', () => {
    const builtIn = builtInFramework();
    const { framework, enriched, ignored } = enrichBuiltIn(
      builtIn,
      parseOscalCatalog(fixture('csf-2.0-excerpt.oscal.json')),
    );
    expect(subcategoryIdsOf(framework)).toEqual(subcategoryIdsOf(builtIn));
    expect(subcategoryIdsOf(framework)).toHaveLength(106);
    expect(enriched).toBe(3);
    expect(ignored).toEqual([]);
    const ocSubs = framework.functions[0].categories.find((c) => c.id === 'GV.OC')!.subcategories;
    expect(ocSubs[0].statement).toBe('Test statement of GV.OC-01');
    expect(ocSubs[2].statement).toBeNull();
    expect(framework.functions[0].name).toBe('Govern');
  });
});
