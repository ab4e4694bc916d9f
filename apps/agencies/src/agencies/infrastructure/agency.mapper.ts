import type { AgencyStateData } from '@csg/contracts';
import type { AgencyState, AgencyStatus, AgencyTier } from '../domain/agency.aggregate';
import type { AgencyOrmEntity } from './agency.orm-entity';

export function agencyToRow(state: Readonly<AgencyState>): AgencyOrmEntity {
  const { applicant, ...rest } = state;
  return {
    ...rest,
    applicantSub: applicant?.sub ?? null,
    applicantDisplayName: applicant?.displayName ?? null,
    applicantEmail: applicant?.email ?? null,
  };
}

export function agencyFromRow(row: AgencyOrmEntity): AgencyState {
  const { applicantSub, applicantDisplayName, applicantEmail, ...rest } = row;
  return {
    ...rest,
    tier: row.tier as AgencyTier,
    status: row.status as AgencyStatus,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
    applicant: applicantSub
      ? { sub: applicantSub, displayName: applicantDisplayName ?? applicantSub, email: applicantEmail ?? '' }
      : null,
  };
}

/** The agency's full current state as every agencies event carries it. */
export function agencyStateData(state: Readonly<AgencyState>): AgencyStateData {
  return {
    agencyId: state.id,
    name: state.name,
    acronym: state.acronym,
    tier: state.tier,
    jurisdiction: state.jurisdiction,
    sector: state.sector as AgencyStateData['sector'],
    parentAgencyId: state.parentAgencyId,
    contactEmail: state.contactEmail,
    website: state.website,
    status: state.status,
    version: state.version,
    occurredAt: state.updatedAt.toISOString(),
  };
}
