/**
 * The reusable membership projection: who belongs to which agency, with the agency's status,
 * kept by each service from the agencies events and read once per request into a `Principal`.
 */
export { CreateMembershipProjection1764300000100 } from './membership/1764300000100-create-membership-projection.migration';
export {
  isAgencyMember,
  loadMemberships,
  MEMBERSHIP_EVENT_TYPES,
  MembershipProjection,
} from './membership/membership.projection';
