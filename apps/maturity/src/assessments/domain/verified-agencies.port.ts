/** Which agencies are registered and verified, as the service's agency directory knows them. */
export abstract class VerifiedAgencies {
  /** Those of `agencyIds` (lower-case UUIDs) whose agency is ACTIVE. */
  abstract among(agencyIds: readonly string[]): Promise<Set<string>>;
}
