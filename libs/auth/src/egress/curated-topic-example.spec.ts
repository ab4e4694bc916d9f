import {
  AgencySuspended,
  AgencyUpdated,
  exampleDataOf,
  MemberAdded,
  PracticePublished,
  SessionScheduled,
} from '@csg/contracts';
import { curatedTopicExample } from './curated-topic-example';

const at = (definition: Parameters<typeof exampleDataOf>[0], tlp?: string) => {
  const data = exampleDataOf(definition);
  return tlp ? { ...data, tlp } : data;
};

describe('curatedTopicExample: the policy output the AsyncAPI document shows', () => {
  it('aPracticeAtTlpClear_ReachesTheClearTopic_PublishedAndWhole', () => {
    const received = curatedTopicExample(PracticePublished, 'clear', at(PracticePublished, 'TLP:CLEAR'));
    expect(received).toEqual({
      ...at(PracticePublished, 'TLP:CLEAR'),
      status: 'PUBLISHED',
      sharedWithAgencyIds: [],
      recipientSubs: [],
    });
  });

  it('aPracticeAtTlpAmber_ReachesNeitherTopic', () => {
    expect(
      curatedTopicExample(PracticePublished, 'green', at(PracticePublished, 'TLP:AMBER')),
    ).toBeUndefined();
    expect(
      curatedTopicExample(PracticePublished, 'clear', at(PracticePublished, 'TLP:AMBER')),
    ).toBeUndefined();
  });

  it('aSessionAtTlpGreen_ReachesTheGreenTopic_ButNotTheClearOne', () => {
    expect(curatedTopicExample(SessionScheduled, 'green', at(SessionScheduled, 'TLP:GREEN'))).toBeDefined();
    expect(curatedTopicExample(SessionScheduled, 'clear', at(SessionScheduled, 'TLP:GREEN'))).toBeUndefined();
  });

  it('anActiveAgency_ReachesTheGreenTopic_WithoutItsContactEmail', () => {
    const received = curatedTopicExample(AgencyUpdated, 'green', at(AgencyUpdated));
    expect(received).toMatchObject({ status: 'ACTIVE' });
    expect(received).not.toHaveProperty('contactEmail');
  });

  it('aSuspendedAgency_AsTheCatalogueStatesIt_DoesNotReachTheGreenTopic', () => {
    expect(curatedTopicExample(AgencySuspended, 'green', at(AgencySuspended))).toBeUndefined();
  });

  it('aMembership_NeverReachesACuratedTopic', () => {
    expect(curatedTopicExample(MemberAdded, 'green', at(MemberAdded))).toBeUndefined();
  });
});
