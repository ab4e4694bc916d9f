import { SetMetadata } from '@nestjs/common';
import type { MemberRole, PlatformRole } from '../principal';

/** Where a route finds the agency id an agency role is checked against. */
export interface AgencyIdSource {
  from: 'param' | 'body' | 'query';
  name: string;
}

/**
 * Who may call a route. A route lists one or more policies; any one that admits the caller is
 * enough. A route without a policy stops the process from starting (deny by default).
 */
export type RoutePolicy =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'platform-role'; roles: PlatformRole[] }
  | { kind: 'agency-role'; roles: MemberRole[]; agencyId: AgencyIdSource }
  | { kind: 'integration' };

export const ROUTE_POLICY = 'csg:route-policy';

/** Declares the route's policies (any one admits the caller). */
export const Policy = (...policies: RoutePolicy[]) => SetMetadata(ROUTE_POLICY, policies);

export const Public = (): RoutePolicy => ({ kind: 'public' });
export const SignedIn = (): RoutePolicy => ({ kind: 'authenticated' });
export const PlatformRoles = (...roles: PlatformRole[]): RoutePolicy => ({ kind: 'platform-role', roles });
export const Operators = (): RoutePolicy => PlatformRoles('organiser', 'platform-admin');
export const AgencyRoles = (agencyId: AgencyIdSource, ...roles: MemberRole[]): RoutePolicy => ({
  kind: 'agency-role',
  roles: roles.length > 0 ? roles : ['agency-admin', 'member'],
  agencyId,
});
export const IntegrationKey = (): RoutePolicy => ({ kind: 'integration' });

export const param = (name: string): AgencyIdSource => ({ from: 'param', name });
export const body = (name: string): AgencyIdSource => ({ from: 'body', name });

/** Shorthand for routes anyone may call, signed in or not. */
export const PublicRoute = () => Policy(Public());
