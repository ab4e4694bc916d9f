/**
 * The reusable agency directory: each agency's name, tier, jurisdiction, sector and status, kept
 * by the services that read agencies that way, from the agencies events (ADR 67).
 */
export { CreateAgencyDirectory1764300000300 } from './agency-directory/1764300000300-create-agency-directory.migration';
export { projectAgency } from './agency-directory/agency-directory.projection';
