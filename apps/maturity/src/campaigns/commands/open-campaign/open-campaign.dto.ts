import {
  EnumField,
  InstantField,
  IntegerMapField,
  IntField,
  NestedField,
  StringField,
  StringsField,
  TextField,
  UuidsField,
} from '@csg/http';
import { AUDIENCE_KINDS, type AudienceKind } from '../../domain/campaign-audience.value-object';

export class CampaignAudienceDto {
  @EnumField(AUDIENCE_KINDS)
  kind: AudienceKind;

  @StringsField({
    maxItems: 500,
    maxLength: 64,
    optional: true,
    description: 'tiers, sectors or agency ids; empty for ALL',
  })
  values?: string[];
}

export class CampaignTargetsDto {
  @IntField({ min: 1, max: 4 })
  default: number;

  @IntegerMapField({ optional: true, example: { GV: 3 } })
  byFunction?: Record<string, number>;

  @IntegerMapField({ optional: true, example: { 'PR.AA-01': 4 } })
  bySubcategory?: Record<string, number>;
}

export class OpenCampaignDto {
  @TextField({ min: 3, max: 200, example: 'CSF baseline after session 8' })
  name: string;

  @StringField({
    pattern: /^[a-z0-9][a-z0-9.\-]{0,63}$/,
    message: 'frameworkId must name a framework',
    example: 'nist-csf-2.0',
  })
  frameworkId: string;

  /** Instants with their offset like every other (ADR 68): a local time or a bare day is a 400. */
  @InstantField()
  opensAt: string;

  @InstantField()
  closesAt: string;

  @UuidsField({ maxItems: 50, optional: true, description: 'the sessions this campaign follows up' })
  sessionIds?: string[];

  @NestedField(CampaignAudienceDto)
  audience: CampaignAudienceDto;

  @NestedField(CampaignTargetsDto)
  targets: CampaignTargetsDto;
}
