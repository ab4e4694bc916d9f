import { activeAgencyIds, isPerson, operatesPlatform, type Principal } from '@csg/auth';

/** Who is asking, in the terms the sessions service's read rules use. */
export interface Reader {
  operator: boolean;
  sub: string | null;
  agencyIds: string[];
}

export function readerOf(principal: Principal): Reader {
  return {
    operator: operatesPlatform(principal),
    sub: isPerson(principal) ? principal.sub : null,
    agencyIds: activeAgencyIds(principal),
  };
}

/** The acting person's `sub` (routes that change state are for signed-in people only). */
export function actorSub(principal: Principal): string {
  if (!isPerson(principal)) throw new Error('only a signed-in person acts on sessions');
  return principal.sub;
}
