import { AGENCY_STATUSES, MEMBER_ROLES } from '@csg/contracts/catalogue/agencies.events';
import type { TlpMarking } from './tlp';

export const PLATFORM_ROLES = ['platform-admin', 'organiser'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];
export type MemberRole = (typeof MEMBER_ROLES)[number];
export type AgencyStatus = (typeof AGENCY_STATUSES)[number];

/** A person's place in one agency, as the membership projection knows it. */
export interface Membership {
  agencyId: string;
  role: MemberRole;
  agencyStatus: AgencyStatus;
}

export interface AnonymousPrincipal {
  kind: 'anonymous';
}

export interface PersonPrincipal {
  kind: 'person';
  sub: string;
  name?: string;
  email?: string;
  platformRoles: PlatformRole[];
  memberships: Membership[];
}

/** An API client. `ownerAgencyId` null means the platform owns it. */
export interface IntegrationPrincipal {
  kind: 'integration';
  clientId: string;
  ownerAgencyId: string | null;
  eventTypes: string[];
  tlpClearance: TlpMarking;
}

/** Who is calling. Build it once per request; every policy takes it. */
export type Principal = AnonymousPrincipal | PersonPrincipal | IntegrationPrincipal;

export const ANONYMOUS: AnonymousPrincipal = Object.freeze({ kind: 'anonymous' });

export function isPerson(p: Principal): p is PersonPrincipal {
  return p.kind === 'person';
}

export function isPlatformRole(value: unknown): value is PlatformRole {
  return typeof value === 'string' && (PLATFORM_ROLES as readonly string[]).includes(value);
}

export function hasPlatformRole(p: Principal, role: PlatformRole): boolean {
  return isPerson(p) && p.platformRoles.includes(role);
}

export function isOrganiser(p: Principal): boolean {
  return hasPlatformRole(p, 'organiser');
}

export function isPlatformAdmin(p: Principal): boolean {
  return hasPlatformRole(p, 'platform-admin');
}

/** Organisers and platform-admins run the platform (review queues, moderation). */
export function operatesPlatform(p: Principal): boolean {
  return isOrganiser(p) || isPlatformAdmin(p);
}

/** The caller's membership of `agencyId`, only while that agency is ACTIVE. */
export function activeMembershipOf(p: Principal, agencyId: string): Membership | undefined {
  if (!isPerson(p)) return undefined;
  return p.memberships.find((m) => m.agencyId === agencyId && m.agencyStatus === 'ACTIVE');
}

/** Agencies the caller is a member of and that are ACTIVE (suspended or pending ones do not count). */
export function activeAgencyIds(p: Principal): string[] {
  if (!isPerson(p)) return [];
  return p.memberships.filter((m) => m.agencyStatus === 'ACTIVE').map((m) => m.agencyId);
}

export function isAgencyAdmin(p: Principal, agencyId: string): boolean {
  return activeMembershipOf(p, agencyId)?.role === 'agency-admin';
}

/** A person principal from a verified token and the memberships the projection holds for them. */
export function personPrincipal(
  identity: { sub: string; name?: string; email?: string; platformRoles: PlatformRole[] },
  memberships: Membership[],
): PersonPrincipal {
  return { kind: 'person', ...identity, platformRoles: [...identity.platformRoles], memberships };
}

/** Idempotency keys belong to one caller and one route: nobody can replay someone else's key. */
export function idempotencyScope(principal: Principal, route: string): string {
  const who = isPerson(principal)
    ? `person:${principal.sub}`
    : principal.kind === 'integration'
      ? `client:${principal.clientId}`
      : 'anonymous';
  return `${who}|${route}`;
}
