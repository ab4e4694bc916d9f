import type { Membership, Principal } from '../src/principal';
import type { TlpResource } from '../src/tlp.policy';
import type { TlpMarking } from '../src/tlp';

/** Agencies: A owns the item, B is named in sharedWithAgencyIds, C is not named. */
export const AGENCY_A = '0a000000-0000-4000-8000-00000000000a';
export const AGENCY_B = '0b000000-0000-4000-8000-00000000000b';
export const AGENCY_C = '0c000000-0000-4000-8000-00000000000c';
export const RECIPIENT_SUB = 'recipient-1';

/** The item every case reads: owned by A, shared with B, RED recipient `recipient-1`. */
export const ITEM: TlpResource = {
  ownerAgencyId: AGENCY_A,
  sharedWithAgencyIds: [AGENCY_B],
  recipientSubs: [RECIPIENT_SUB],
};

const m = (
  agencyId: string,
  role: Membership['role'] = 'member',
  agencyStatus: Membership['agencyStatus'] = 'ACTIVE',
): Membership => ({
  agencyId,
  role,
  agencyStatus,
});
const person = (
  sub: string,
  memberships: Membership[],
  platformRoles: Array<'platform-admin' | 'organiser'> = [],
): Principal => ({
  kind: 'person',
  sub,
  platformRoles,
  memberships,
});
const integration = (ownerAgencyId: string | null, tlpClearance: TlpMarking): Principal => ({
  kind: 'integration',
  clientId: `client-${ownerAgencyId ?? 'platform'}-${tlpClearance}`,
  ownerAgencyId,
  eventTypes: [],
  tlpClearance,
});

export interface TlpReadCase {
  name: string;
  principal: Principal;
  underReview: boolean;
  /** Expected canRead for CLEAR, GREEN, AMBER, AMBER+STRICT, RED, in that order. */
  expected: [boolean, boolean, boolean, boolean, boolean];
}

const T = true;
const F = false;

export const TLP_READ_CASES: TlpReadCase[] = [
  { name: 'anonymous', principal: { kind: 'anonymous' }, underReview: F, expected: [T, F, F, F, F] },
  {
    name: 'member of the owner agency (active)',
    principal: person('m-a', [m(AGENCY_A)]),
    underReview: F,
    expected: [T, T, T, T, F],
  },
  {
    name: 'member of the owner agency (suspended)',
    principal: person('m-a-s', [m(AGENCY_A, 'member', 'SUSPENDED')]),
    underReview: F,
    expected: [T, F, F, F, F],
  },
  {
    name: 'member of the owner agency (pending verification)',
    principal: person('m-a-p', [m(AGENCY_A, 'member', 'PENDING_VERIFICATION')]),
    underReview: F,
    expected: [T, F, F, F, F],
  },
  {
    name: 'member of a named agency',
    principal: person('m-b', [m(AGENCY_B)]),
    underReview: F,
    expected: [T, T, T, F, F],
  },
  {
    name: 'member of an unnamed agency',
    principal: person('m-c', [m(AGENCY_C)]),
    underReview: F,
    expected: [T, T, F, F, F],
  },
  {
    name: 'agency-admin of the owner agency',
    principal: person('admin-a', [m(AGENCY_A, 'agency-admin')]),
    underReview: F,
    expected: [T, T, T, T, T],
  },
  {
    name: 'agency-admin of the owner agency (suspended)',
    principal: person('admin-a-s', [m(AGENCY_A, 'agency-admin', 'SUSPENDED')]),
    underReview: F,
    expected: [T, F, F, F, F],
  },
  {
    name: 'agency-admin of a named agency',
    principal: person('admin-b', [m(AGENCY_B, 'agency-admin')]),
    underReview: F,
    expected: [T, T, T, F, F],
  },
  {
    name: 'recipient (member of an unnamed agency)',
    principal: person(RECIPIENT_SUB, [m(AGENCY_C)]),
    underReview: F,
    expected: [T, T, F, F, T],
  },
  {
    name: 'recipient without any membership',
    principal: person(RECIPIENT_SUB, []),
    underReview: F,
    expected: [T, F, F, F, T],
  },
  {
    name: 'organiser, item under review',
    principal: person('org', [], ['organiser']),
    underReview: T,
    expected: [T, T, T, T, F],
  },
  {
    name: 'organiser, item not under review',
    principal: person('org', [], ['organiser']),
    underReview: F,
    expected: [T, F, F, F, F],
  },
  {
    name: 'organiser who is a member of an unnamed agency, not under review',
    principal: person('org-c', [m(AGENCY_C)], ['organiser']),
    underReview: F,
    expected: [T, T, F, F, F],
  },
  {
    name: 'platform-admin, item under review',
    principal: person('padmin', [], ['platform-admin']),
    underReview: T,
    expected: [T, T, T, T, F],
  },
  {
    name: 'platform-admin, item not under review',
    principal: person('padmin', [], ['platform-admin']),
    underReview: F,
    expected: [T, F, F, F, F],
  },
  {
    name: 'member of the owner agency, item under review',
    principal: person('m-a', [m(AGENCY_A)]),
    underReview: T,
    expected: [T, T, T, T, F],
  },
  {
    name: 'member of an unnamed agency, item under review',
    principal: person('m-c', [m(AGENCY_C)]),
    underReview: T,
    expected: [T, T, F, F, F],
  },
  {
    name: 'integration owned by the owner agency (AMBER+STRICT clearance)',
    principal: integration(AGENCY_A, 'TLP:AMBER+STRICT'),
    underReview: F,
    expected: [T, T, T, T, F],
  },
  {
    name: 'integration owned by the owner agency (RED clearance: still never RED)',
    principal: integration(AGENCY_A, 'TLP:RED'),
    underReview: F,
    expected: [T, T, T, T, F],
  },
  {
    name: 'integration owned by the owner agency (GREEN clearance caps it)',
    principal: integration(AGENCY_A, 'TLP:GREEN'),
    underReview: F,
    expected: [T, T, F, F, F],
  },
  {
    name: 'integration owned by a named agency (AMBER+STRICT clearance)',
    principal: integration(AGENCY_B, 'TLP:AMBER+STRICT'),
    underReview: F,
    expected: [T, T, T, F, F],
  },
  {
    name: 'integration owned by an unnamed agency (AMBER+STRICT clearance)',
    principal: integration(AGENCY_C, 'TLP:AMBER+STRICT'),
    underReview: F,
    expected: [T, T, F, F, F],
  },
  {
    name: 'platform integration with GREEN clearance',
    principal: integration(null, 'TLP:GREEN'),
    underReview: F,
    expected: [T, T, F, F, F],
  },
  {
    name: 'platform integration with AMBER clearance',
    principal: integration(null, 'TLP:AMBER'),
    underReview: F,
    expected: [T, T, T, F, F],
  },
  {
    name: 'platform integration with CLEAR clearance',
    principal: integration(null, 'TLP:CLEAR'),
    underReview: F,
    expected: [T, F, F, F, F],
  },
  {
    name: 'platform integration with RED clearance (never RED)',
    principal: integration(null, 'TLP:RED'),
    underReview: T,
    expected: [T, T, T, T, F],
  },
];

/** Further shapes of item for the SQL-versus-policy agreement check (no fixed expectation). */
export const ITEM_VARIANTS: TlpResource[] = [
  ITEM,
  { ...ITEM, underReview: true },
  { ownerAgencyId: AGENCY_A, sharedWithAgencyIds: [], recipientSubs: [] },
  {
    ownerAgencyId: AGENCY_B,
    sharedWithAgencyIds: [AGENCY_A, AGENCY_C],
    recipientSubs: ['m-a', 'org'],
    underReview: true,
  },
  { ownerAgencyId: null, sharedWithAgencyIds: [AGENCY_B], recipientSubs: [RECIPIENT_SUB] },
  { ownerAgencyId: null, sharedWithAgencyIds: [], recipientSubs: [], underReview: true },
  { ownerAgencyId: AGENCY_C, underReview: false },
];
