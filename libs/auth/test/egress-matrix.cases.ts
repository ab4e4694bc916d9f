import {
  exampleDataOf,
  PLATFORM_EVENTS,
  TLP_MARKINGS,
  type EgressRule,
  type IntegrationEventDefinition,
} from '@csg/contracts';
import type { AudienceCandidate } from '../src/rules/agency-audience.rule';
import type { EgressWorld } from '../src/egress/egress.policy';
import type { IntegrationPrincipal, Principal } from '../src/principal';
import { CURATED_TOPIC_READERS } from '../src/egress/egress.policy';
import type { TlpMarking } from '../src/tlp';

/**
 * The exit matrix, generated from the event catalogue: every event type, in every marking its
 * schema allows and every lifecycle state the rules look at, for every reader an exit serves.
 * `expectedToReceive` is the product's rule written from product.md's "What leaves the platform,
 * and to whom" (not from the policy's code), so the two check each other.
 */
export const AGENCY = {
  owner: '0a000000-0000-4000-8000-00000000000a',
  other: '0b000000-0000-4000-8000-00000000000b',
  audience: '0c000000-0000-4000-8000-00000000000c',
  removed: '0d000000-0000-4000-8000-00000000000d',
  suspended: '0e000000-0000-4000-8000-00000000000e',
} as const;

export const DIRECTORY: Record<string, AudienceCandidate> = {
  [AGENCY.owner]: { id: AGENCY.owner, tier: 'FEDERAL', sector: 'FINANCE', status: 'ACTIVE' },
  [AGENCY.other]: { id: AGENCY.other, tier: 'PROVINCIAL', sector: 'HEALTH', status: 'ACTIVE' },
  [AGENCY.audience]: { id: AGENCY.audience, tier: 'DEPARTMENTAL', sector: 'ENERGY', status: 'ACTIVE' },
  [AGENCY.removed]: { id: AGENCY.removed, tier: 'DEPARTMENTAL', sector: 'ENERGY', status: 'ACTIVE' },
  [AGENCY.suspended]: { id: AGENCY.suspended, tier: 'FEDERAL', sector: 'FINANCE', status: 'SUSPENDED' },
};

export type ReaderName =
  | 'owning agency'
  | 'another agency'
  | 'agency in the audience'
  | 'agency removed from the audience'
  | 'suspended agency'
  | `platform client at ${TlpMarking}`
  | 'curated topic clear'
  | 'curated topic green';

const agencyClient = (id: string, name: string): IntegrationPrincipal => ({
  kind: 'integration',
  clientId: `client-of-${name}`,
  ownerAgencyId: id,
  eventTypes: PLATFORM_EVENTS.map((e) => e.type),
  tlpClearance: 'TLP:AMBER+STRICT',
});
const platformClient = (clearance: TlpMarking): IntegrationPrincipal => ({
  kind: 'integration',
  clientId: `platform-${clearance}`,
  ownerAgencyId: null,
  eventTypes: PLATFORM_EVENTS.map((e) => e.type),
  tlpClearance: clearance,
});

export const READERS: ReadonlyArray<{ name: ReaderName; principal: Principal; agency: string | null }> = [
  { name: 'owning agency', principal: agencyClient(AGENCY.owner, 'owner'), agency: AGENCY.owner },
  { name: 'another agency', principal: agencyClient(AGENCY.other, 'other'), agency: AGENCY.other },
  {
    name: 'agency in the audience',
    principal: agencyClient(AGENCY.audience, 'audience'),
    agency: AGENCY.audience,
  },
  {
    name: 'agency removed from the audience',
    principal: agencyClient(AGENCY.removed, 'removed'),
    agency: AGENCY.removed,
  },
  {
    name: 'suspended agency',
    principal: agencyClient(AGENCY.suspended, 'suspended'),
    agency: AGENCY.suspended,
  },
  ...(['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT'] as const).map((m) => ({
    name: `platform client at ${m}` as ReaderName,
    principal: platformClient(m),
    agency: null,
  })),
  { name: 'curated topic clear', principal: CURATED_TOPIC_READERS.clear, agency: null },
  { name: 'curated topic green', principal: CURATED_TOPIC_READERS.green, agency: null },
];

export interface ExitCase {
  definition: IntegrationEventDefinition;
  /** What varies in this case, for the test name. */
  label: string;
  /** The event's data. */
  event: Record<string, unknown>;
  /** The thing it is about, now (a narrowed audience: the removed agency is no longer in it). */
  now: Record<string, unknown>;
}

const markingsOf = (d: IntegrationEventDefinition): readonly (string | undefined)[] => {
  const tlp = d.schema.properties?.tlp;
  return tlp ? ((tlp.enum as string[] | undefined) ?? TLP_MARKINGS) : [undefined];
};

/** The event data with the fields the rules look at pointing at the matrix's agencies. */
function shaped(d: IntegrationEventDefinition, tlp: string | undefined, extra: Record<string, unknown>) {
  const data = exampleDataOf(d);
  const props = d.schema.properties ?? {};
  const set = (field: string, value: unknown) => {
    if (field in props) data[field] = value;
  };
  set('ownerAgencyId', AGENCY.owner);
  set('agencyId', AGENCY.owner);
  set('tlp', tlp);
  set('sharedWithAgencyIds', tlp === 'TLP:AMBER' ? [AGENCY.audience, AGENCY.removed] : []);
  set('recipientSubs', tlp === 'TLP:RED' ? ['recipient-1'] : []);
  set('audience', { kind: 'AGENCIES', values: [AGENCY.audience, AGENCY.removed] });
  for (const field of ['title', 'summary', 'tags', 'sectors', 'reason', 'body', 'note', 'url'])
    if (tlp === 'TLP:RED' && d.type.includes('exchange')) delete data[field];
  return { ...data, ...extra };
}

function narrowed(event: Record<string, unknown>): Record<string, unknown> {
  const now = { ...event };
  if (Array.isArray(now.sharedWithAgencyIds))
    now.sharedWithAgencyIds = (now.sharedWithAgencyIds as string[]).filter((id) => id !== AGENCY.removed);
  if (now.audience && typeof now.audience === 'object')
    now.audience = { kind: 'AGENCIES', values: [AGENCY.audience] };
  return now;
}

/** Lifecycle states each subject's rule distinguishes. */
function lifecycles(d: IntegrationEventDefinition): Array<{ label: string; extra: Record<string, unknown> }> {
  const props = d.schema.properties ?? {};
  const states: Array<{ label: string; extra: Record<string, unknown> }> = [];
  if (d.type.startsWith('csg.exchange.practice.') && 'status' in props) {
    states.push({ label: 'PUBLISHED', extra: { status: 'PUBLISHED' } });
    states.push({ label: 'SUBMITTED', extra: { status: 'SUBMITTED' } });
    if (d.egress?.ownerOnlyWhen)
      states.push({
        label: 'PUBLISHED, revision pending',
        extra: { status: 'PUBLISHED', pendingRevision: true },
      });
  } else if (d.type.startsWith('csg.agencies.agency.')) {
    states.push({ label: 'ACTIVE', extra: { status: 'ACTIVE' } });
    states.push({ label: 'PENDING_VERIFICATION', extra: { status: 'PENDING_VERIFICATION' } });
    states.push({ label: 'SUSPENDED', extra: { status: 'SUSPENDED' } });
  } else if ('audience' in props) {
    states.push({ label: 'audience by name', extra: {} });
    states.push({ label: 'audience ALL', extra: { audience: { kind: 'ALL', values: [] } } });
  } else if (d.type.startsWith('csg.exchange.')) {
    // Comments and endorsements: the practice's status comes from its own events (the subject now).
    states.push({ label: 'practice PUBLISHED', extra: {} });
  } else states.push({ label: '', extra: {} });
  return states;
}

export function exitCases(): ExitCase[] {
  const cases: ExitCase[] = [];
  for (const definition of PLATFORM_EVENTS) {
    for (const tlp of markingsOf(definition)) {
      for (const state of lifecycles(definition)) {
        const event = shaped(definition, tlp, state.extra);
        let now = narrowed(event);
        if (
          definition.type === 'csg.exchange.comment.posted.v1' ||
          definition.type === 'csg.exchange.practice.endorsed.v1'
        )
          now = { ...now, status: 'PUBLISHED', authorSub: 'author-1' };
        if (state.extra.audience && (state.extra.audience as { kind: string }).kind === 'ALL')
          now.audience = state.extra.audience;
        // A campaign's later events do not repeat its audience: what is known of it comes from its opening.
        if (definition.egress?.subject?.kind === 'campaign' && !('audience' in event))
          now = { ...now, audience: { kind: 'AGENCIES', values: [AGENCY.audience] } };
        cases.push({
          definition,
          label: [tlp ?? 'unmarked', state.label].filter(Boolean).join(', '),
          event,
          now,
        });
      }
    }
  }
  return cases;
}

/** The world of the matrix: its directory, and each case's subject as it is now. */
export function worldOf(c: ExitCase): EgressWorld {
  return {
    agency: (id) => DIRECTORY[id],
    subject: (kind, id) =>
      c.definition.egress?.subject?.kind === kind && c.event[c.definition.egress.subject.idField] === id
        ? c.now
        : undefined,
  };
}

const RANK: Record<string, number> = Object.fromEntries(TLP_MARKINGS.map((m, i) => [m, i]));

/**
 * Whether the reader receives the event, by product.md: TLP:RED never leaves through integrations
 * and nothing above a client's clearance; a suspended agency's clients receive nothing; then the
 * event type's audience.
 */
export function expectedToReceive(c: ExitCase, reader: (typeof READERS)[number]): boolean {
  const rule = c.definition.egress as EgressRule | undefined;
  if (!rule || rule.to === 'nobody') return false;
  const marking = (rule.marking ?? c.event.tlp) as string;
  if (marking === 'TLP:RED') return false;
  const clearance =
    reader.name === 'curated topic clear'
      ? 'TLP:CLEAR'
      : reader.name === 'curated topic green'
        ? 'TLP:GREEN'
        : (reader.principal as IntegrationPrincipal).tlpClearance;
  if (RANK[marking] > RANK[clearance]) return false;
  if (reader.agency === AGENCY.suspended) return false;
  const platform = reader.name.startsWith('platform client');
  const agency = reader.agency;
  const isCommunity = reader.name === 'curated topic green';
  const owner = typeof c.event.ownerAgencyId === 'string' ? c.event.ownerAgencyId : null;
  const readsMarking = (shared: string[], ownedBy: string | null = owner): boolean => {
    if (marking === 'TLP:CLEAR') return true;
    if (marking === 'TLP:GREEN') return agency !== null || reader.name === 'curated topic green';
    if (agency === null) return false;
    if (marking === 'TLP:AMBER') return agency === ownedBy || shared.includes(agency);
    return agency === ownedBy;
  };
  const shared = ((c.event.sharedWithAgencyIds as string[] | undefined) ?? []).filter((id) =>
    ((c.now.sharedWithAgencyIds as string[] | undefined) ?? []).includes(id),
  );
  const asOwner = (field: string) => platform || (agency !== null && agency === c.event[field]);
  switch (rule.to) {
    case 'platform':
      return platform;
    case 'owner':
      return asOwner(rule.ownerField!);
    case 'cleared':
      return platform || readsMarking([], null);
    case 'readers': {
      if (rule.ownerOnlyWhen && rule.ownerOnlyWhen.values.includes(c.event[rule.ownerOnlyWhen.field]))
        return asOwner('ownerAgencyId');
      switch (rule.subject!.kind) {
        case 'practice':
          if (agency === AGENCY.owner) return true;
          if (c.event.status !== undefined && c.event.status !== 'PUBLISHED') return false;
          if (c.now.status !== 'PUBLISHED') return false;
          return platform || readsMarking(shared);
        case 'material':
          return platform || readsMarking(shared);
        case 'agency':
          if (platform || (agency !== null && agency === c.event.agencyId)) return true;
          return c.event.status === 'ACTIVE' && c.now.status === 'ACTIVE' && (agency !== null || isCommunity);
        case 'campaign':
        case 'announcement': {
          if (platform) return true;
          if (!readsMarking(shared)) return false;
          const audiences = [c.event.audience ?? c.now.audience, c.now.audience] as Array<{
            kind: string;
            values: string[];
          }>;
          return audiences.every((a) => a.kind === 'ALL' || (agency !== null && a.values.includes(agency)));
        }
        default:
          return false;
      }
    }
  }
}

/** Personal data goes only to the person's own agency. */
export function expectedFields(c: ExitCase, reader: (typeof READERS)[number]): string[] {
  const rule = c.definition.egress!;
  const all = Object.keys(c.event);
  const own =
    reader.agency !== null && rule.ownerField !== undefined && c.event[rule.ownerField] === reader.agency;
  return own ? all : all.filter((f) => !(rule.personalFields ?? []).includes(f));
}
