import { ParseUUIDPipe } from '@nestjs/common';
import { activeAgencyIds, isAgencyAdmin, operatesPlatform, type Principal } from '@csg/auth';

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
    sub:
      principal.kind === 'person'
        ? principal.sub
        : principal.kind === 'integration'
          ? `client:${principal.clientId}`
          : '',
    operatesPlatform: operatesPlatform(principal),
    agencyIds: activeAgencyIds(principal),
    isAdminOf: (agencyId) => isAgencyAdmin(principal, agencyId),
  };
}

/** Idempotency keys belong to one caller and one route. */
export function idempotencyScope(principal: Principal, route: string): string {
  const who =
    principal.kind === 'person'
      ? `person:${principal.sub}`
      : principal.kind === 'integration'
        ? `client:${principal.clientId}`
        : 'anonymous';
  return `${who}|${route}`;
}

/** A path id that is not a UUID names nothing: 404, like an unknown one. */
export const uuidParam = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });
