import { AGENCY_SECTORS, AGENCY_TIERS, SESSION_MODES } from '@csg/contracts';
import {
  EnumField,
  EnumsField,
  InstantField,
  IntField,
  NestedField,
  TextField,
  UrlField,
  UuidsField,
} from '@csg/http';

/** Only these agencies may register (any list matches); omit or leave empty to invite every active agency. */
export class InvitationScopeDto {
  @EnumsField(AGENCY_TIERS, { maxItems: 3, optional: true })
  tiers?: string[];

  @EnumsField(AGENCY_SECTORS, { maxItems: AGENCY_SECTORS.length, optional: true })
  sectors?: string[];

  @UuidsField({ maxItems: 500, optional: true })
  agencyIds?: string[];
}

export class PlanSessionDto {
  @IntField({ min: 1, max: 100_000, example: 8, description: 'its number in the programme (unique)' })
  sequence: number;

  @TextField({ min: 3, max: 200, example: 'CyberSecureGov: Cyber Guidelines Initiative, session 8' })
  title: string;

  @TextField({ min: 0, max: 10_000, multiline: true })
  description: string;

  @InstantField({ example: '2026-12-10T05:00:00Z' })
  startsAt: string;

  @InstantField({ example: '2026-12-10T10:00:00Z' })
  endsAt: string;

  @TextField({ max: 64, example: 'Asia/Karachi', description: 'IANA time zone the session is shown in' })
  timezone: string;

  @EnumField(SESSION_MODES)
  mode: (typeof SESSION_MODES)[number];

  @TextField({ max: 300, optional: true, description: 'required IN_PERSON and HYBRID' })
  venue?: string;

  @UrlField({ optional: true, description: 'required ONLINE and HYBRID' })
  joinUrl?: string;

  @IntField({ min: 1, max: 100_000, example: 50 })
  capacity: number;

  @IntField({ min: 1, max: 100_000, optional: true, example: 5 })
  seatsPerAgency?: number;

  @NestedField(InvitationScopeDto, { optional: true })
  invitation?: InvitationScopeDto;
}
