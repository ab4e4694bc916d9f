import type { AgencyState, Applicant } from '../domain/agency.aggregate';

/** An agency as the API shows it (timestamps ISO 8601 UTC). */
export interface AgencyView {
  id: string;
  name: string;
  acronym: string;
  tier: AgencyState['tier'];
  jurisdiction: string | null;
  sector: string;
  parentAgencyId: string | null;
  contactEmail: string;
  website: string | null;
  status: AgencyState['status'];
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Only while PENDING_VERIFICATION (then only organisers and the applicant see the agency). */
  applicant?: Applicant;
}

export function toAgencyView(state: Readonly<AgencyState>): AgencyView {
  const { applicant, createdAt, updatedAt, ...rest } = state;
  return {
    ...rest,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    ...(state.status === 'PENDING_VERIFICATION' && applicant ? { applicant } : {}),
  };
}
