import { activeMembershipOf, isPerson, type Principal } from '../principal';
import type { AgencyIdSource, RoutePolicy } from './route-policy';

export interface RequestParts {
  params?: Record<string, unknown>;
  body?: unknown;
  query?: Record<string, unknown>;
}

function agencyIdOf(request: RequestParts, source: AgencyIdSource): string | null {
  const bag =
    source.from === 'param'
      ? request.params
      : source.from === 'query'
        ? request.query
        : (request.body as Record<string, unknown>);
  const value = bag?.[source.name];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Whether one policy admits the principal for this request. */
export function admits(policy: RoutePolicy, principal: Principal, request: RequestParts): boolean {
  switch (policy.kind) {
    case 'public':
      return true;
    case 'authenticated':
      return isPerson(principal);
    case 'platform-role':
      return isPerson(principal) && policy.roles.some((r) => principal.platformRoles.includes(r));
    case 'agency-role': {
      if (!isPerson(principal)) return false;
      const agencyId = agencyIdOf(request, policy.agencyId);
      const membership = agencyId ? activeMembershipOf(principal, agencyId) : undefined;
      return membership !== undefined && policy.roles.includes(membership.role);
    }
    case 'integration':
      return principal.kind === 'integration';
  }
}
