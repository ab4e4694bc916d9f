import { egress } from '../egress';
import { defineIntegrationEvent } from '../integration-event.definition';
import { serviceTopic } from '../topics';
import { nullableString, objectSchema, timestamp, uuid, version } from './common.schemas';

export const AGENCY_TIERS = ['FEDERAL', 'PROVINCIAL', 'DEPARTMENTAL'] as const;
export const AGENCY_SECTORS = [
  'EDUCATION',
  'INFORMATION_TECHNOLOGY',
  'IMMIGRATION',
  'HOME_AFFAIRS',
  'FINANCE',
  'HEALTH',
  'ENERGY',
  'TELECOM',
  'DEFENCE',
  'LAW_ENFORCEMENT',
  'LOCAL_GOVERNMENT',
  'OTHER',
] as const;
export const AGENCY_STATUSES = ['PENDING_VERIFICATION', 'ACTIVE', 'SUSPENDED'] as const;
export const MEMBER_ROLES = ['agency-admin', 'member'] as const;

/** Agency events carry the agency's full current state, so any service can project it. */
export interface AgencyStateData {
  agencyId: string;
  name: string;
  acronym: string;
  tier: (typeof AGENCY_TIERS)[number];
  jurisdiction: string | null;
  sector: (typeof AGENCY_SECTORS)[number];
  parentAgencyId: string | null;
  contactEmail: string;
  website: string | null;
  status: (typeof AGENCY_STATUSES)[number];
  version: number;
  occurredAt: string;
}

export interface MemberStateData {
  memberId: string;
  agencyId: string;
  sub: string;
  email: string;
  displayName: string;
  title: string | null;
  role: (typeof MEMBER_ROLES)[number];
  version: number;
  occurredAt: string;
}

const agencyState = objectSchema(
  {
    agencyId: uuid,
    name: { type: 'string', minLength: 1 },
    acronym: { type: 'string', minLength: 1 },
    tier: { type: 'string', enum: AGENCY_TIERS },
    jurisdiction: nullableString,
    sector: { type: 'string', enum: AGENCY_SECTORS },
    parentAgencyId: { type: ['string', 'null'], format: 'uuid' },
    contactEmail: { type: 'string' },
    website: nullableString,
    status: { type: 'string', enum: AGENCY_STATUSES },
    version,
    occurredAt: timestamp,
  },
  ['agencyId', 'name', 'acronym', 'tier', 'sector', 'status', 'version', 'occurredAt'],
);

const memberState = objectSchema(
  {
    memberId: uuid,
    agencyId: uuid,
    sub: { type: 'string', minLength: 1 },
    email: { type: 'string' },
    displayName: { type: 'string' },
    title: nullableString,
    role: { type: 'string', enum: MEMBER_ROLES },
    version,
    occurredAt: timestamp,
  },
  ['memberId', 'agencyId', 'sub', 'role', 'version', 'occurredAt'],
);

/** An ACTIVE agency is in the directory every signed-in reader sees; a pending or suspended one is not (ADR 7). */
const AGENCY_EGRESS = egress.readers(
  { kind: 'agency', idField: 'agencyId' },
  "Everyone cleared for TLP:GREEN while the agency is ACTIVE; otherwise only the agency's own clients and the platform's. The contact e-mail goes only to the agency's own clients.",
  { marking: 'TLP:GREEN', ownerField: 'agencyId', personalFields: ['contactEmail'] },
);
/** An agency's members are its own business (ADR 7); names and e-mail addresses are personal data. */
const MEMBER_EGRESS = egress.owner(
  'agencyId',
  "The agency's own clients with every field; the platform's clients without the person's sub, name, title and e-mail.",
  { marking: 'TLP:AMBER+STRICT', personalFields: ['sub', 'email', 'displayName', 'title'] },
);

const agencyEvent = (fact: string, description: string, example?: AgencyStateData) =>
  defineIntegrationEvent({
    type: `csg.agencies.agency.${fact}.v1`,
    topic: serviceTopic('agencies'),
    egress: AGENCY_EGRESS,
    description,
    partitionKey: 'agencyId',
    schema: agencyState,
    ...(example ? { example: { ...example } } : {}),
  });

/** Member events are keyed by agency, so an agency's membership changes stay in order. */
const memberEvent = (fact: string, description: string) =>
  defineIntegrationEvent({
    type: `csg.agencies.member.${fact}.v1`,
    topic: serviceTopic('agencies'),
    egress: MEMBER_EGRESS,
    description,
    partitionKey: 'agencyId',
    schema: memberState,
  });

export const AgencyRegistered = agencyEvent(
  'registered',
  'An agency was registered (directly or by application).',
);
export const AgencyVerified = agencyEvent('verified', 'An organiser verified an agency; it is now ACTIVE.');
export const AgencyUpdated = agencyEvent('updated', "An agency's details changed.");
/** Its data says SUSPENDED, which the community may not read: the AsyncAPI document keeps it off the curated topics (ADR 63). */
export const AgencySuspended = agencyEvent('suspended', 'An agency was suspended; its members lose access.', {
  agencyId: '4f5e6d7c-8b9a-4a1b-8c2d-3e4f5a6b7c8d',
  name: 'Provincial Health Department',
  acronym: 'PHD',
  tier: 'PROVINCIAL',
  jurisdiction: null,
  sector: 'HEALTH',
  parentAgencyId: null,
  contactEmail: 'cert-liaison@agency.example.gov',
  website: null,
  status: 'SUSPENDED',
  version: 4,
  occurredAt: '2026-12-07T09:00:00.000Z',
});
export const AgencyReinstated = agencyEvent(
  'reinstated',
  'A suspended agency was reinstated; it is ACTIVE again and its members regain access.',
);
/** Not a change: `npm run agencies:resnapshot` re-emits current state so consumers can rebuild projections. */
export const AgencySnapshotted = agencyEvent(
  'snapshotted',
  "The agency's current state, re-emitted (not a change) so consumers can rebuild their projections.",
);
export const MemberAdded = memberEvent('added', 'A person became a member of an agency.');
export const MemberRoleChanged = memberEvent('role-changed', "A member's role in an agency changed.");
export const MemberUpdated = memberEvent(
  'updated',
  "A member's display name, title or e-mail changed (the role did not).",
);
export const MemberRemoved = memberEvent(
  'removed',
  'A person stopped being a member of an agency (the data is the membership as it ended, version bumped).',
);
export const MemberSnapshotted = memberEvent(
  'snapshotted',
  "A membership's current state, re-emitted (not a change) so consumers can rebuild their projections.",
);

/**
 * The agency events that carry the agency's full state and version: what a service subscribes
 * to keep its own directory of agencies (an upsert that only moves forward in version).
 */
export const AGENCY_STATE_EVENT_TYPES = [
  AgencyRegistered,
  AgencyVerified,
  AgencyUpdated,
  AgencySuspended,
  AgencyReinstated,
  AgencySnapshotted,
].map((e) => e.type);

export const AGENCIES_EVENTS = [
  AgencyRegistered,
  AgencyVerified,
  AgencyUpdated,
  AgencySuspended,
  AgencyReinstated,
  AgencySnapshotted,
  MemberAdded,
  MemberRoleChanged,
  MemberUpdated,
  MemberRemoved,
  MemberSnapshotted,
];
