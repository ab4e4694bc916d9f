import type { EgressRule, IntegrationEventDefinition } from '@csg/contracts';
import {
  activeAgencyIds,
  isPerson,
  operatesPlatform,
  type PersonPrincipal,
  type Principal,
} from '../principal';
import { agencyIsVisibleTo } from '../rules/agency-visibility.rule';
import { audienceIncludes, type AudienceCandidate } from '../rules/agency-audience.rule';
import {
  practiceIsReadableBy,
  type PracticeAccessFacts,
  type PracticeStatus,
} from '../rules/practice-read.rule';
import { canRead } from '../tlp.policy';
import { isTlpMarking, tlpRank, type TlpMarking } from '../tlp';

/**
 * What the policy may look up at the moment of delivery: the agency directory (statuses, tiers,
 * sectors) and the current state of the thing an event is about (the data of the latest event
 * about it), so a narrowed marking, a withdrawn practice or a suspended agency take effect on
 * events already logged.
 */
export interface EgressWorld {
  agency(id: string): AudienceCandidate | undefined;
  subject(kind: string, id: string): Record<string, unknown> | undefined;
}

export type EgressDecision =
  { deliver: false; reason: EgressRefusal } | { deliver: true; data: Record<string, unknown> };

export type EgressRefusal =
  | 'UNDECLARED'
  | 'NEVER_LEAVES'
  | 'UNKNOWN_MARKING'
  | 'ABOVE_CLEARANCE'
  | 'READER_AGENCY_NOT_ACTIVE'
  | 'NOT_ITS_AGENCY'
  | 'NOT_A_READER';

/**
 * The readers of the curated Kafka topics, as the read rules see them: `csg.integration.clear`
 * is public (anyone, signed in or not); `csg.integration.green` is the community (a member of an
 * active agency that is not the owner, not shared with and not in any audience by name).
 */
export const CURATED_TOPIC_READERS: Readonly<Record<'clear' | 'green', Principal>> = Object.freeze({
  clear: Object.freeze({ kind: 'anonymous' }) as Principal,
  green: Object.freeze({
    kind: 'person',
    sub: 'csg:community',
    platformRoles: [],
    memberships: [
      { agencyId: '00000000-0000-0000-0000-000000000000', role: 'member', agencyStatus: 'ACTIVE' },
    ],
  }) as PersonPrincipal,
});

/**
 * egressDecision: may `reader` receive this event, and which of its fields? One function for every
 * exit (event feed, its stream, webhooks at enqueue and at delivery, curated topics), built on the
 * API's read rules (libs/auth/src/rules, `canRead`), evaluated for the reader now.
 *
 * 1. No declaration, or `nobody`: never.
 * 2. The marking (the declaration's, else the data's `tlp`; unknown counts as never): an
 *    integration never receives TLP:RED or anything above its clearance.
 * 3. An integration held by an agency receives nothing while that agency is not ACTIVE.
 * 4. The audience of the declaration: the platform's clients; the owning agency's; the readers
 *    of the thing it is about (by its rule, on the event's state and on its state now); or
 *    everyone cleared for the marking.
 * 5. The view: personal data only to the person's own agency.
 */
export function egressDecision(
  definition: Pick<IntegrationEventDefinition, 'egress'>,
  data: Record<string, unknown>,
  reader: Principal,
  world: EgressWorld,
): EgressDecision {
  const rule = definition.egress;
  if (rule === undefined) return refuse('UNDECLARED');
  if (rule.to === 'nobody') return refuse('NEVER_LEAVES');
  const marking = rule.marking ?? data.tlp;
  if (!isTlpMarking(marking)) return refuse('UNKNOWN_MARKING');
  if (reader.kind === 'integration') {
    if (marking === 'TLP:RED' || !isTlpMarking(reader.tlpClearance)) return refuse('ABOVE_CLEARANCE');
    if (tlpRank(marking) > tlpRank(reader.tlpClearance)) return refuse('ABOVE_CLEARANCE');
    if (reader.ownerAgencyId !== null && world.agency(reader.ownerAgencyId)?.status !== 'ACTIVE')
      return refuse('READER_AGENCY_NOT_ACTIVE');
  }
  const allowed = audienceAllows(rule, marking, data, reader, world);
  if (allowed !== true) return refuse(allowed);
  return { deliver: true, data: viewFor(rule, data, reader) };
}

function audienceAllows(
  rule: EgressRule,
  marking: TlpMarking,
  data: Record<string, unknown>,
  reader: Principal,
  world: EgressWorld,
): true | EgressRefusal {
  switch (rule.to) {
    case 'nobody':
      return 'NEVER_LEAVES';
    case 'platform':
      return isPlatformReader(reader) ? true : 'NOT_ITS_AGENCY';
    case 'owner':
      return ownerAllows(rule, data, reader);
    case 'cleared':
      return canRead(reader, marking, { ownerAgencyId: null }) ? true : 'NOT_A_READER';
    case 'readers': {
      const when = rule.ownerOnlyWhen;
      if (when && when.values.includes(data[when.field]))
        return ownerAllows({ ...rule, ownerField: rule.ownerField ?? 'ownerAgencyId' }, data, reader);
      const subject = rule.subject;
      if (!subject) return 'NOT_A_READER';
      const id = data[subject.idField];
      const now = typeof id === 'string' ? world.subject(subject.kind, id) : undefined;
      // The thing as the event saw it (over what is known of it), and the thing as it is now.
      const states = now === undefined ? [data] : [{ ...now, ...data }, now];
      return states.every((state) => subjectReadable(subject.kind, marking, state, reader, world))
        ? true
        : 'NOT_A_READER';
    }
  }
}

/** The owning agency's readers, and the platform's own clients (and operators). */
function ownerAllows(
  rule: EgressRule,
  data: Record<string, unknown>,
  reader: Principal,
): true | EgressRefusal {
  if (isPlatformReader(reader)) return true;
  const owner = rule.ownerField ? data[rule.ownerField] : undefined;
  return typeof owner === 'string' && readerAgencyIds(reader).includes(owner) ? true : 'NOT_ITS_AGENCY';
}

/** The API's rule for the thing an event is about, applied to one state of it. */
function subjectReadable(
  kind: string,
  marking: TlpMarking,
  state: Record<string, unknown>,
  reader: Principal,
  world: EgressWorld,
): boolean {
  switch (kind) {
    case 'practice':
      return practiceIsReadableBy(reader, practiceFacts(state));
    case 'agency':
      return agencyIsVisibleTo(agencyViewer(reader), {
        id: String(state.agencyId),
        status: String(state.status),
        applicantSub: null,
      });
    case 'campaign':
    case 'announcement': {
      const audience = state.audience as { kind?: unknown; values?: unknown } | undefined;
      const stateMarking = isTlpMarking(state.tlp) ? state.tlp : marking;
      if (!canRead(reader, stateMarking, markedResource(state))) return false;
      if (isPlatformReader(reader)) return true;
      if (!audience || typeof audience.kind !== 'string' || !Array.isArray(audience.values)) return false;
      const agencyAudience = { kind: audience.kind, values: audience.values.map(String) };
      if (reader.kind === 'anonymous' || isCommunity(reader)) return agencyAudience.kind === 'ALL';
      return readerAgencyIds(reader).some((id) => {
        const agency = world.agency(id);
        return agency !== undefined && audienceIncludes(agencyAudience, agency);
      });
    }
    case 'material':
    case 'session': {
      const stateMarking = isTlpMarking(state.tlp) ? state.tlp : marking;
      return canRead(reader, stateMarking, markedResource(state));
    }
    default:
      return false;
  }
}

function viewFor(
  rule: EgressRule,
  data: Record<string, unknown>,
  reader: Principal,
): Record<string, unknown> {
  const personal = rule.personalFields ?? [];
  if (personal.length === 0) return data;
  const owner = rule.ownerField ? data[rule.ownerField] : undefined;
  if (typeof owner === 'string' && readerAgencyIds(reader).includes(owner)) return data;
  return Object.fromEntries(Object.entries(data).filter(([field]) => !personal.includes(field)));
}

/** The platform's own clients (no owner agency) and the people who run the platform. */
function isPlatformReader(reader: Principal): boolean {
  return (reader.kind === 'integration' && reader.ownerAgencyId === null) || operatesPlatform(reader);
}

function isCommunity(reader: Principal): boolean {
  return reader === CURATED_TOPIC_READERS.green;
}

/** The agencies a reader reads for: an integration's owner, a person's active memberships. */
function readerAgencyIds(reader: Principal): string[] {
  if (reader.kind === 'integration') return reader.ownerAgencyId === null ? [] : [reader.ownerAgencyId];
  return activeAgencyIds(reader);
}

function agencyViewer(reader: Principal) {
  return {
    operatesPlatform: isPlatformReader(reader),
    sub: isPerson(reader) ? reader.sub : reader.kind === 'integration' ? `client:${reader.clientId}` : null,
    memberOf: readerAgencyIds(reader),
  };
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function markedResource(state: Record<string, unknown>) {
  return {
    ownerAgencyId: typeof state.ownerAgencyId === 'string' ? state.ownerAgencyId : null,
    sharedWithAgencyIds: strings(state.sharedWithAgencyIds),
    recipientSubs: strings(state.recipientSubs),
  };
}

const PRACTICE_STATUSES: readonly PracticeStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'PUBLISHED',
  'REJECTED',
  'WITHDRAWN',
];

/** A practice event's data (or the latest one's) as the practice rule's facts; anything unknown reads as unreadable. */
function practiceFacts(state: Record<string, unknown>): PracticeAccessFacts {
  const status = PRACTICE_STATUSES.find((s) => s === state.status) ?? 'DRAFT';
  return {
    ownerAgencyId: typeof state.ownerAgencyId === 'string' ? state.ownerAgencyId : '',
    authorSub: typeof state.authorSub === 'string' ? state.authorSub : '',
    status,
    marking: {
      tlp: isTlpMarking(state.tlp) ? state.tlp : 'TLP:RED',
      sharedWithAgencyIds: strings(state.sharedWithAgencyIds),
      recipientSubs: strings(state.recipientSubs),
    },
    pendingMarking: null,
  };
}

function refuse(reason: EgressRefusal): EgressDecision {
  return { deliver: false, reason };
}
