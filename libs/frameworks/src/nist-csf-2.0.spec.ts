import { CSF, NIST_CSF_2_0 } from './index';

describe('NIST CSF 2.0 catalogue', () => {
  it('has the standard’s 6 functions, 22 categories and 106 subcategories', () => {
    expect(CSF.functionIds()).toEqual(['GV', 'ID', 'PR', 'DE', 'RS', 'RC']);
    expect(CSF.categoryIds()).toHaveLength(22);
    expect(CSF.subcategoryIds()).toHaveLength(106);
    expect(new Set(CSF.subcategoryIds()).size).toBe(106);
  });

  it('names every category under its own function', () => {
    for (const fn of NIST_CSF_2_0.functions) {
      for (const category of fn.categories) {
        expect(category.id.startsWith(`${fn.id}.`)).toBe(true);
        expect(category.name.length).toBeGreaterThan(3);
        for (const sub of category.subcategories) expect(sub).toMatch(new RegExp(`^${category.id}-\\d{2}$`));
      }
    }
  });

  it('accepts categories and subcategories as references and refuses functions, withdrawn and unknown ids', () => {
    expect(CSF.isCitable('PR.AA')).toBe(true);
    expect(CSF.isCitable('PR.AA-01')).toBe(true);
    expect(CSF.isCitable('GV.SC-10')).toBe(true);
    expect(CSF.isCitable('PR')).toBe(false);
    expect(CSF.isCitable('ID.AM-06')).toBe(false);
    expect(CSF.isCitable('pr.aa')).toBe(false);
    expect(CSF.isCitable('PR.AC-01')).toBe(false);
    expect(CSF.unknown(['PR.AA', 'XX.YY', 'DE.CM-09'])).toEqual(['XX.YY']);
  });

  it('resolves what a reference covers down to subcategories', () => {
    expect(CSF.subcategoriesCoveredBy('RC.CO')).toEqual(['RC.CO-03', 'RC.CO-04']);
    expect(CSF.subcategoriesCoveredBy('ID.RA-05')).toEqual(['ID.RA-05']);
    expect(CSF.subcategoriesCoveredBy('DE')).toHaveLength(11);
    expect(CSF.subcategoriesCoveredBy('nope')).toEqual([]);
    expect(CSF.resolve('GV.OC-01')).toEqual({
      id: 'GV.OC-01',
      level: 'subcategory',
      functionId: 'GV',
      categoryId: 'GV.OC',
    });
  });
});
