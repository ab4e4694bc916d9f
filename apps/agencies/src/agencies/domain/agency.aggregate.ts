import { randomUUID } from 'node:crypto';
import { AgencyRuleViolation } from './agency.errors';

export type AgencyTier = 'FEDERAL' | 'PROVINCIAL' | 'DEPARTMENTAL';
export type AgencyStatus = 'PENDING_VERIFICATION' | 'ACTIVE' | 'SUSPENDED';

export interface AgencyState {
  id: string;
  name: string;
  acronym: string;
  tier: AgencyTier;
  jurisdiction: string | null;
  sector: string;
  parentAgencyId: string | null;
  contactEmail: string;
  website: string | null;
  status: AgencyStatus;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type RegisterAgencyProps = Pick<AgencyState, 'name' | 'acronym' | 'tier' | 'sector' | 'contactEmail'> &
  Partial<Pick<AgencyState, 'jurisdiction' | 'parentAgencyId' | 'website'>>;

/** An agency taking part in the programme. */
export class Agency {
  private constructor(private readonly state: AgencyState) {}

  static register(props: RegisterAgencyProps, now = new Date()): Agency {
    const jurisdiction = props.jurisdiction?.trim() || null;
    if (props.tier !== 'FEDERAL' && !jurisdiction) {
      throw new AgencyRuleViolation(
        'AGENCY.JURISDICTION_REQUIRED',
        `A ${props.tier.toLowerCase()} agency needs a jurisdiction (e.g. Punjab).`,
      );
    }
    return new Agency({
      id: randomUUID(),
      name: props.name.trim(),
      acronym: props.acronym.trim(),
      tier: props.tier,
      jurisdiction,
      sector: props.sector,
      parentAgencyId: props.parentAgencyId ?? null,
      contactEmail: props.contactEmail.trim().toLowerCase(),
      website: props.website ?? null,
      status: 'PENDING_VERIFICATION',
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
  }

  static restore(state: AgencyState): Agency {
    return new Agency({ ...state });
  }

  get id(): string {
    return this.state.id;
  }

  snapshot(): Readonly<AgencyState> {
    return { ...this.state };
  }
}
