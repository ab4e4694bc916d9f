/** Who belongs to which agency, as the service's membership projection knows it (libs/auth). */
export abstract class AgencyMembers {
  abstract isMember(agencyId: string, sub: string): Promise<boolean>;
}
