import { tlpReadPredicate, type Principal, type SqlFragment } from '@csg/auth';

/**
 * Who reads an assessment `a` (or a roadmap of an agency, through the same columns): the
 * agency's members (TLP:AMBER+STRICT), members of the agencies it is shared with (TLP:AMBER),
 * organisers and platform-admins (the "under review" clause of the TLP predicate, always on
 * here). The same SQL predicate as every marked read path of the platform (ADR 0045).
 */
export function assessmentReadable(
  principal: Principal,
  alias: string,
  firstParamIndex: number,
): SqlFragment {
  return tlpReadPredicate(
    principal,
    {
      tlp: `${alias}.tlp`,
      ownerAgencyId: `${alias}.agency_id`,
      sharedWithAgencyIds: `${alias}.shared_with_agency_ids`,
      recipientSubs: `ARRAY[]::text[]`,
      underReview: 'true',
    },
    firstParamIndex,
  );
}
