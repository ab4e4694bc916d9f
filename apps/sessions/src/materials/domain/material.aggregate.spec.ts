import { violatedRule } from '@csg/domain';
import { Material } from './material.aggregate';

/** The time every change in this file happens at. */
const now = new Date();

const details = {
  id: 'm1',
  sessionId: 's1',
  title: ' Roadmap slides ',
  url: 'https://files.example.gov/roadmap.pdf',
  tlp: 'TLP:AMBER' as const,
  ownerAgencyId: null,
  publishedBy: 'organiser-1',
};
const session = (status: string, items: string[] = []) => ({
  status,
  hasAgendaItem: (id: string) => items.includes(id),
});

describe('Material', () => {
  it('publish_ForAnAgendaItemOfTheSession_KeepsItsMarkingAndTrimmedTitle', () => {
    expect(
      Material.publish(
        { ...details, agendaItemId: 'k' },
        session('SCHEDULED', ['k']),
        ['a1'],
        now,
      ).snapshot(),
    ).toMatchObject({
      title: 'Roadmap slides',
      agendaItemId: 'k',
      tlp: 'TLP:AMBER',
    });
  });

  it('publish_AnAmberMaterial_RecordsTheAgenciesItIsSharedWith', () => {
    const material = Material.publish(details, session('SCHEDULED'), ['a1', 'a2'], now);
    expect(material.pullRecordedEvents()).toMatchObject([{ sharedWithAgencyIds: ['a1', 'a2'] }]);
    const green = Material.publish({ ...details, tlp: 'TLP:GREEN' }, session('SCHEDULED'), ['a1'], now);
    expect(green.pullRecordedEvents()).toMatchObject([{ sharedWithAgencyIds: [] }]);
  });

  it('publish_ForAnAgendaItemOfAnotherSession_IsRefused', () => {
    expect(
      violatedRule(() =>
        Material.publish({ ...details, agendaItemId: 'x' }, session('SCHEDULED', ['k']), [], now),
      ),
    ).toBe('MATERIAL.AGENDA_ITEM_NOT_FOUND');
  });

  it('publish_ToACancelledSession_IsRefused', () => {
    expect(violatedRule(() => Material.publish(details, session('CANCELLED'), [], now))).toBe(
      'MATERIAL.SESSION_CANCELLED',
    );
  });
});
