import { violatedRule } from '@csg/domain';
import { assertValidPlacement } from './agency-hierarchy.rule';

const federal = (id: string, ancestorIds: string[] = []) => ({ id, tier: 'FEDERAL' as const, ancestorIds });
const provincial = (id: string, ancestorIds: string[] = []) => ({
  id,
  tier: 'PROVINCIAL' as const,
  ancestorIds,
});
const departmental = (id: string, ancestorIds: string[] = []) => ({
  id,
  tier: 'DEPARTMENTAL' as const,
  ancestorIds,
});

describe('the agency hierarchy', () => {
  it('accepts a root agency of any tier', () => {
    expect(violatedRule(() => assertValidPlacement({ id: 'a', tier: 'DEPARTMENTAL' }, null))).toBeUndefined();
  });

  it.each([
    ['FEDERAL', federal('p')],
    ['PROVINCIAL', federal('p')],
    ['DEPARTMENTAL', federal('p')],
    ['PROVINCIAL', provincial('p')],
    ['DEPARTMENTAL', provincial('p')],
    ['DEPARTMENTAL', departmental('p')],
  ] as const)('accepts a %s agency under a %s parent (never lower in tier)', (tier, parent) => {
    expect(violatedRule(() => assertValidPlacement({ id: 'a', tier }, parent))).toBeUndefined();
  });

  it.each([
    ['FEDERAL', provincial('p')],
    ['FEDERAL', departmental('p')],
    ['PROVINCIAL', departmental('p')],
  ] as const)('refuses a %s agency under a lower-tier parent', (tier, parent) => {
    expect(violatedRule(() => assertValidPlacement({ id: 'a', tier }, parent))).toBe(
      'AGENCY.PARENT_TIER_TOO_LOW',
    );
  });

  it('refuses an agency as its own parent', () => {
    expect(violatedRule(() => assertValidPlacement({ id: 'a', tier: 'FEDERAL' }, federal('a')))).toBe(
      'AGENCY.HIERARCHY_CYCLE',
    );
  });

  it('refuses a parent that descends from the agency (a longer cycle)', () => {
    // a ← b ← c: moving a under c would close the loop a → c → b → a.
    expect(
      violatedRule(() => assertValidPlacement({ id: 'a', tier: 'FEDERAL' }, federal('c', ['b', 'a']))),
    ).toBe('AGENCY.HIERARCHY_CYCLE');
  });

  it('refuses a tier below one of its children', () => {
    expect(
      violatedRule(() =>
        assertValidPlacement({ id: 'a', tier: 'PROVINCIAL' }, null, ['DEPARTMENTAL', 'FEDERAL']),
      ),
    ).toBe('AGENCY.CHILD_TIER_TOO_HIGH');
  });

  it('accepts children of the same or lower tier', () => {
    expect(
      violatedRule(() =>
        assertValidPlacement({ id: 'a', tier: 'PROVINCIAL' }, null, ['PROVINCIAL', 'DEPARTMENTAL']),
      ),
    ).toBeUndefined();
  });
});
