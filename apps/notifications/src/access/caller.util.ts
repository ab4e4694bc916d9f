import { activeAgencyIds, isAgencyAdmin, isPerson, operatesPlatform, type Principal } from '@csg/auth';

/** The person's `sub`; the routes that call it admit signed-in people only. */
export function subOf(principal: Principal): string {
  if (!isPerson(principal)) throw new Error('a signed-in person was expected');
  return principal.sub;
}

/** Whose integrations (clients, webhooks) a listing covers: every one (`all`), or those of the agencies named. */
export interface ManagedOwners {
  all: boolean;
  agencyIds: string[];
}

/**
 * Whose integrations (clients, webhooks) the caller manages: operators manage every one, an
 * agency-admin those of the ACTIVE agencies they administer. `null` means all.
 */
export function managedOwners(principal: Principal): ManagedOwners {
  if (operatesPlatform(principal)) return { all: true, agencyIds: [] };
  return { all: false, agencyIds: activeAgencyIds(principal).filter((id) => isAgencyAdmin(principal, id)) };
}

/** May the caller manage an integration owned by `ownerAgencyId` (null: the platform's)? */
export function mayManage(principal: Principal, ownerAgencyId: string | null): boolean {
  if (operatesPlatform(principal)) return true;
  return ownerAgencyId !== null && isAgencyAdmin(principal, ownerAgencyId);
}
