import { AgencySuspended, AgencyUpdated, createPlatformEventRegistry, PLATFORM_EVENTS } from '../catalogue';
import { buildAsyncApiDocument } from './asyncapi-document';
import { curatedMarkingsOf, curatedPayloadSchema, type CuratedTopicExample } from './curated-topics';

/** A stand-in for libs/auth's policy: lets everything through, or refuses what `refuses` says. */
const policy =
  (refuses: (data: Record<string, unknown>) => boolean = () => false): CuratedTopicExample =>
  (definition, _reach, data) => {
    if (refuses(data)) return undefined;
    const personal = definition.egress?.personalFields ?? [];
    return Object.fromEntries(Object.entries(data).filter(([field]) => !personal.includes(field)));
  };

type Doc = {
  asyncapi: string;
  channels: Record<string, { messages: Record<string, unknown> }>;
  components: { messages: Record<string, { description: string }> };
};
const build = (example: CuratedTopicExample) =>
  buildAsyncApiDocument(createPlatformEventRegistry(), '0.0.0', example) as unknown as Doc;

describe('buildAsyncApiDocument', () => {
  it('listsEveryRegisteredEventType_AsAMessageOnItsInternalTopic', () => {
    const doc = build(policy());
    expect(doc.asyncapi).toBe('3.0.0');
    for (const definition of PLATFORM_EVENTS)
      expect(Object.keys(doc.channels[definition.topic].messages)).toContain(definition.type.slice(4));
  });

  it('curatedMarkings_OfNobodyPlatformAndOwnerRules_AreNone', () => {
    const closed = PLATFORM_EVENTS.filter((d) => ['nobody', 'platform', 'owner'].includes(d.egress!.to));
    expect(closed.length).toBeGreaterThan(0);
    for (const definition of closed) {
      expect(curatedMarkingsOf(definition, 'clear')).toEqual([]);
      expect(curatedMarkingsOf(definition, 'green')).toEqual([]);
    }
  });

  it('curatedMarkings_OfAFixedGreenMarking_ReachOnlyTheGreenTopic', () => {
    expect(curatedMarkingsOf(AgencyUpdated, 'clear')).toEqual([]);
    expect(curatedMarkingsOf(AgencyUpdated, 'green')).toEqual(['TLP:GREEN']);
  });

  it('curatedPayloadSchema_LeavesOutThePersonalFields_AndStatesThemAbsent', () => {
    const schema = curatedPayloadSchema(AgencyUpdated, ['TLP:GREEN']);
    expect(Object.keys(schema.properties ?? {})).not.toContain('contactEmail');
    expect(schema.required).not.toContain('contactEmail');
    expect(schema.not).toEqual({ anyOf: [{ required: ['contactEmail'] }] });
  });

  it('aGeneratedExampleThePolicyRefuses_WhereTheDeclarationAdmitsIt_IsAnError', () => {
    expect(() => build(policy((data) => 'acronym' in data))).toThrow(
      /csg\.agencies\.agency\.\w+\.v1 may reach csg\.integration\.green by its egress declaration/,
    );
  });

  it('aCatalogueExampleThePolicyRefuses_KeepsTheTypeOffThatTopic_AndItsMessageSaysSo', () => {
    const doc = build(policy((data) => data.status === 'SUSPENDED'));
    const green = Object.keys(doc.channels['csg.integration.green'].messages);
    expect(green).toContain('green.agencies.agency.updated.v1');
    expect(green).not.toContain(`green.${AgencySuspended.type.slice(4)}`);
    expect(doc.components.messages[AgencySuspended.type.slice(4)].description).toMatch(
      /Not on csg\.integration\.green/,
    );
  });
});
