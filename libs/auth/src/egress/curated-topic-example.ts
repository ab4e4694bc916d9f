import type { CuratedTopicExample, EgressSubjectKind, IntegrationEventDefinition } from '@csg/contracts';
import { CURATED_TOPIC_READERS, egressDecision, type EgressWorld } from './egress.policy';

/** The state in which each kind of thing is readable beyond its own agency (the API's read rules). */
const READABLE_STATE: Readonly<Record<EgressSubjectKind, Record<string, unknown>>> = {
  practice: { status: 'PUBLISHED', pendingRevision: false, sharedWithAgencyIds: [], recipientSubs: [] },
  agency: { status: 'ACTIVE' },
  campaign: { audience: { kind: 'ALL', values: [] } },
  announcement: { audience: { kind: 'ALL', values: [] }, recipientSubs: [] },
  session: { recipientSubs: [] },
  material: { sharedWithAgencyIds: [], recipientSubs: [] },
};

/**
 * The readable state's values for the fields the event's schema has (and allows), except those the
 * catalogue's own example of the type states: they are its facts (a suspension says SUSPENDED).
 */
function placed(definition: IntegrationEventDefinition, data: Record<string, unknown>, state: object) {
  const properties = definition.schema.properties ?? {};
  const fits = ([field, value]: [string, unknown]) => {
    const allowed = properties[field]?.enum;
    const stated = definition.example !== undefined && field in definition.example;
    return field in properties && !stated && (!allowed || allowed.includes(value as string));
  };
  return { ...data, ...Object.fromEntries(Object.entries(state).filter(fits)) };
}

/**
 * The event as a curated topic's reader receives it (ADR 63): `egressDecision` for
 * CURATED_TOPIC_READERS[reach], on the data with the thing it is about in the state its read rule
 * shows beyond its agency (a published practice, an active agency, an audience of ALL), in a world
 * where that is the thing's state now and every agency is active. The AsyncAPI document's curated
 * examples come from here, so they are what the policy sends, not what someone wrote.
 */
export const curatedTopicExample: CuratedTopicExample = (definition, reach, data) => {
  const kind = definition.egress?.subject?.kind;
  const state = kind ? READABLE_STATE[kind] : {};
  const event = placed(definition, data, state);
  const now = { ...event, ...state };
  const world: EgressWorld = {
    agency: (id) => ({ id, tier: 'FEDERAL', sector: 'OTHER', status: 'ACTIVE' }),
    subject: (subjectKind, id) =>
      subjectKind === kind && event[definition.egress!.subject!.idField] === id ? now : undefined,
  };
  const decision = egressDecision(definition, event, CURATED_TOPIC_READERS[reach], world);
  return decision.deliver ? decision.data : undefined;
};
