import { Announcement } from './announcement.aggregate';
import { audienceOf } from './audience.value-object';

const now = new Date('2026-12-01T08:00:00.000Z');
const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

const draft = (overrides: Partial<Parameters<typeof Announcement.create>[0]> = {}) => ({
  title: 'Session 9 opens registration',
  body: 'Register your participants.',
  priority: 'NORMAL' as const,
  audience: audienceOf('ALL', []),
  tlp: 'TLP:GREEN' as const,
  ...overrides,
});

describe('Announcement', () => {
  it('create_WithoutPublishAt_IsDueAtOnce', () => {
    const a = Announcement.create(draft(), 'organiser-1', now);
    expect(a.isDueAt(now)).toBe(true);
    expect(a.snapshot()).toMatchObject({ status: 'SCHEDULED', publishAt: now, version: 1 });
  });

  it('create_WithFuturePublishAt_IsNotDueUntilThen', () => {
    const later = new Date(now.getTime() + 3600_000);
    const a = Announcement.create(draft({ publishAt: later }), 'organiser-1', now);
    expect(a.isDueAt(now)).toBe(false);
    expect(a.isDueAt(later)).toBe(true);
  });

  it('create_WithPublishAtInThePast_PublishesNow', () => {
    const a = Announcement.create(draft({ publishAt: new Date(0) }), 'organiser-1', now);
    expect(a.snapshot().publishAt).toEqual(now);
  });

  it('create_MoreThanAYearAhead_IsRefused', () => {
    expect(() =>
      Announcement.create(draft({ publishAt: new Date(now.getTime() + 400 * 86400_000) }), 'o', now),
    ).toThrow(expect.objectContaining({ code: 'ANNOUNCEMENT.PUBLISH_AT_TOO_FAR' }));
  });

  it('markPublished_Twice_ChangesNothingTheSecondTime', () => {
    const a = Announcement.create(draft(), 'organiser-1', now);
    expect(a.markPublished(3, now)).toBe(true);
    expect(a.markPublished(5, now)).toBe(false);
    expect(a.snapshot()).toMatchObject({ status: 'PUBLISHED', recipientCount: 3, version: 2 });
    expect(a.isDueAt(now)).toBe(false);
  });

  describe('a marking narrows the audience', () => {
    it('AMBER_IsSharedWithTheNamedAgencies', () => {
      const a = Announcement.create(
        draft({ tlp: 'TLP:AMBER', audience: audienceOf('AGENCIES', [A, B]) }),
        'o',
        now,
      );
      expect(a.snapshot()).toMatchObject({ ownerAgencyId: null, sharedWithAgencyIds: [A, B] });
    });

    it('AMBER_WithoutNamedAgencies_IsRefused', () => {
      expect(() => Announcement.create(draft({ tlp: 'TLP:AMBER' }), 'o', now)).toThrow(
        expect.objectContaining({ code: 'ANNOUNCEMENT.MARKING_NEEDS_NAMED_AGENCIES' }),
      );
    });

    it('AMBER_STRICT_StaysInsideTheOneAgency', () => {
      const a = Announcement.create(
        draft({ tlp: 'TLP:AMBER+STRICT', audience: audienceOf('AGENCIES', [A]) }),
        'o',
        now,
      );
      expect(a.snapshot().ownerAgencyId).toBe(A);
      expect(() =>
        Announcement.create(
          draft({ tlp: 'TLP:AMBER+STRICT', audience: audienceOf('AGENCIES', [A, B]) }),
          'o',
          now,
        ),
      ).toThrow(expect.objectContaining({ code: 'ANNOUNCEMENT.MARKING_NEEDS_ONE_AGENCY' }));
    });

    it('RED_ReachesOnlyTheNamedPeople', () => {
      const a = Announcement.create(draft({ tlp: 'TLP:RED', recipientSubs: ['x', 'x', 'y'] }), 'o', now);
      expect(a.snapshot().recipientSubs).toEqual(['x', 'y']);
      expect(() => Announcement.create(draft({ tlp: 'TLP:RED' }), 'o', now)).toThrow(
        expect.objectContaining({ code: 'ANNOUNCEMENT.RED_NEEDS_RECIPIENTS' }),
      );
    });

    it('RecipientSubs_OnAnythingButRed_AreRefused', () => {
      expect(() => Announcement.create(draft({ recipientSubs: ['x'] }), 'o', now)).toThrow(
        expect.objectContaining({ code: 'ANNOUNCEMENT.RECIPIENTS_ONLY_FOR_RED' }),
      );
    });
  });
});
