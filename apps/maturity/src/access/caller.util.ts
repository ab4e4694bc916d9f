import { activeAgencyIds, isAgencyAdmin, isPerson, operatesPlatform, type Principal } from '@csg/auth';

/** The caller as the maturity rules see them. */
export interface Caller {
  sub: string;
  operatesPlatform: boolean;
  /** ACTIVE agencies the caller belongs to. */
  agencyIds: string[];
  isAdminOf(agencyId: string): boolean;
}

export function callerOf(principal: Principal): Caller {
  return {
    sub: isPerson(principal)
      ? principal.sub
      : principal.kind === 'integration'
        ? `client:${principal.clientId}`
        : '',
    operatesPlatform: operatesPlatform(principal),
    agencyIds: activeAgencyIds(principal),
    isAdminOf: (agencyId) => isAgencyAdmin(principal, agencyId),
  };
}
