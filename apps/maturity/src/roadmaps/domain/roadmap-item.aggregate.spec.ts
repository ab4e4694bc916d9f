import { violatedRule } from '@csg/domain';
import { addDays, draftRoadmap, effortFor } from './roadmap-draft.rule';
import { RoadmapItem, type RoadmapItemDetails } from './roadmap-item.aggregate';
import { reminderAt, reminderDaysFrom, stillWorthReminding } from './due-reminder.rule';

/** The time every change in this file happens at. */
const now = new Date();

const known = (id: string) => /^[A-Z]{2}\.[A-Z]{2}-\d{2}$/.test(id);
const AGENCY = '11111111-1111-4111-8111-111111111111';
const details = (overrides: Partial<RoadmapItemDetails> = {}): RoadmapItemDetails => ({
  title: ' MFA for all admins ',
  subcategoryIds: ['PR.AA-01', 'PR.AA-01', 'PR.AA-03'],
  ownerSub: 'bob',
  priority: 'P1',
  effort: 'M',
  startsOn: '2026-01-10',
  dueOn: '2026-03-31',
  milestones: [{ title: 'pilot', dueOn: '2026-02-15' }],
  ...overrides,
});
const admin = { sub: 'alice', mayChangeAnyItem: true };

describe('RoadmapItem', () => {
  it('plan_WithValidDetails_IsPlannedWithDistinctSubcategories', () => {
    const item = RoadmapItem.plan(AGENCY, details(), 'alice', known, now).snapshot();
    expect(item).toMatchObject({
      title: 'MFA for all admins',
      status: 'PLANNED',
      version: 1,
      subcategoryIds: ['PR.AA-01', 'PR.AA-03'],
    });
  });

  it.each([
    ['an unknown subcategory', { subcategoryIds: ['nope'] }, 'ROADMAP.SUBCATEGORIES_INVALID'],
    ['no subcategory', { subcategoryIds: [] }, 'ROADMAP.SUBCATEGORIES_INVALID'],
    ['a start after the due date', { startsOn: '2026-04-01' }, 'ROADMAP.DATES_INVALID'],
    [
      'a milestone after the due date',
      { milestones: [{ title: 'late', dueOn: '2026-04-01' }] },
      'ROADMAP.DATES_INVALID',
    ],
  ])('plan_With%s_IsRefused', (_what, overrides, code) => {
    expect(violatedRule(() => RoadmapItem.plan(AGENCY, details(overrides), 'a', known, now))).toBe(code);
  });

  it('change_Status_ReportsThePreviousStatusAndBumpsTheVersion', () => {
    const item = RoadmapItem.plan(AGENCY, details(), 'alice', known, now);
    expect(item.change({ status: 'IN_PROGRESS' }, admin, known, now)).toEqual({
      changed: true,
      previousStatus: 'PLANNED',
    });
    expect(item.snapshot().version).toBe(2);
    expect(item.change({ status: 'IN_PROGRESS' }, admin, known, now)).toEqual({
      changed: false,
      previousStatus: null,
    });
    expect(item.change({ title: 'Renamed' }, admin, known, now)).toEqual({
      changed: true,
      previousStatus: null,
    });
  });

  it('change_ByAMemberWhoOwnsIt_OnlyStatusDescriptionAndMilestones', () => {
    const item = RoadmapItem.plan(AGENCY, details(), 'alice', known, now);
    const owner = { sub: 'bob', mayChangeAnyItem: false };
    expect(item.change({ status: 'DONE' }, owner, known, now).changed).toBe(true);
    expect(violatedRule(() => item.change({ dueOn: '2026-05-01' }, owner, known, now))).toBe(
      'ROADMAP.NOT_ITEM_OWNER',
    );
    expect(
      violatedRule(() =>
        item.change({ status: 'BLOCKED' }, { sub: 'carol', mayChangeAnyItem: false }, known, now),
      ),
    ).toBe('ROADMAP.NOT_ITEM_OWNER');
  });
});

describe('due reminders', () => {
  it('reminderAt_DaysBeforeTheDueDate_NeverForADoneItem', () => {
    expect(reminderAt({ dueOn: '2026-03-31', status: 'PLANNED' }, 7)?.toISOString()).toBe(
      '2026-03-24T00:00:00.000Z',
    );
    expect(reminderAt({ dueOn: '2026-03-31', status: 'IN_PROGRESS' }, 0)?.toISOString()).toBe(
      '2026-03-31T00:00:00.000Z',
    );
    expect(reminderAt({ dueOn: '2026-03-31', status: 'DONE' }, 7)).toBeNull();
  });

  it('stillWorthReminding_UntilTheEndOfTheDueDay', () => {
    expect(stillWorthReminding('2026-03-31', new Date('2026-03-31T23:00:00Z'))).toBe(true);
    expect(stillWorthReminding('2026-03-31', new Date('2026-04-01T00:00:00Z'))).toBe(false);
  });

  it('reminderDaysFrom_TheEnvironment_DefaultsTo7AndRefusesNonsense', () => {
    expect(reminderDaysFrom(undefined)).toBe(7);
    expect(reminderDaysFrom('3')).toBe(3);
    expect(() => reminderDaysFrom('-1')).toThrow(/MATURITY_DUE_REMINDER_DAYS/);
    expect(() => reminderDaysFrom('two')).toThrow(/MATURITY_DUE_REMINDER_DAYS/);
  });
});

describe('roadmap draft', () => {
  const gap = (subcategoryId: string, g: number) => ({
    subcategoryId,
    categoryId: subcategoryId.slice(0, 5),
    categoryName: `Name of ${subcategoryId.slice(0, 5)}`,
    current: 3 - g,
    target: 3,
    gap: g,
    priority: g,
  });

  it('draftRoadmap_OneItemPerCategoryInTheOrderOfTheirLargestGap', () => {
    const items = draftRoadmap(
      [gap('GV.OC-01', 3), gap('PR.AA-01', 2), gap('GV.OC-02', 1), gap('DE.CM-01', 1)],
      '2026-01-01',
    );
    expect(items.map((i) => [i.subcategoryIds, i.priority, i.effort, i.dueOn])).toEqual([
      [['GV.OC-01', 'GV.OC-02'], 'P1', 'M', '2026-04-01'],
      [['PR.AA-01'], 'P1', 'S', '2026-04-01'],
      [['DE.CM-01'], 'P2', 'XS', '2026-06-30'],
    ]);
    expect(items[0].reason).toContain('GV.OC-01');
  });

  it('draftRoadmap_AtMostFiveItems_AndNoneWithoutGaps', () => {
    const many = ['GV.OC', 'GV.RM', 'GV.RR', 'GV.PO', 'GV.OV', 'GV.SC'].map((c) => gap(`${c}-01`, 1));
    expect(draftRoadmap(many, '2026-01-01')).toHaveLength(5);
    expect(draftRoadmap([gap('GV.OC-01', 0)], '2026-01-01')).toEqual([]);
  });

  it('effortFor_GrowsWithTheTiersToGain', () => {
    expect([1, 2, 4, 8, 20].map(effortFor)).toEqual(['XS', 'S', 'M', 'L', 'XL']);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
