import type { TlpMarking } from '@csg/auth';

/** An integration client as the service stores it (its key only as a hash). */
export interface IntegrationClientRow {
  id: string;
  name: string;
  owner_agency_id: string | null;
  event_types: string[];
  tlp_clearance: TlpMarking;
  key_id: string;
  key_hash: string;
  status: 'ACTIVE' | 'REVOKED';
  created_by: string;
  created_at: Date;
  rotated_at: Date | null;
  revoked_at: Date | null;
  version: number;
}
