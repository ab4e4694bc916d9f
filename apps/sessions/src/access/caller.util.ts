import { ParseUUIDPipe } from '@nestjs/common';
import { activeAgencyIds, operatesPlatform, type Principal } from '@csg/auth';

/** A path id that is not a UUID names nothing: 404, like an unknown one. */
export const uuidParam = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });

/** Idempotency keys belong to one caller and one route: nobody can replay someone else's key. */
export function idempotencyScope(principal: Principal, route: string): string {
  const who =
    principal.kind === 'person'
      ? `person:${principal.sub}`
      : principal.kind === 'integration'
        ? `client:${principal.clientId}`
        : 'anonymous';
  return `${who}|${route}`;
}

/** Who is asking, in the terms the sessions service's read rules use. */
export interface Reader {
  operator: boolean;
  sub: string | null;
  agencyIds: string[];
}

export function readerOf(principal: Principal): Reader {
  return {
    operator: operatesPlatform(principal),
    sub: principal.kind === 'person' ? principal.sub : null,
    agencyIds: activeAgencyIds(principal),
  };
}

/** The acting person's `sub` (routes that change state are for signed-in people only). */
export function actorSub(principal: Principal): string {
  if (principal.kind !== 'person') throw new Error('only a signed-in person acts on sessions');
  return principal.sub;
}
