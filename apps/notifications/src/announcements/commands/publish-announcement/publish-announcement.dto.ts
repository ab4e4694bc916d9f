import { ANNOUNCEMENT_PRIORITIES, AUDIENCE_KINDS, TLP_MARKINGS } from '@csg/contracts';
import { EnumField, InstantField, NestedField, StringsField, TextField } from '@csg/http';

export class AudienceDto {
  @EnumField(AUDIENCE_KINDS)
  kind: (typeof AUDIENCE_KINDS)[number];

  @StringsField({
    maxItems: 500,
    minLength: 1,
    maxLength: 100,
    optional: true,
    description: 'tiers, sectors, agency ids or session ids (by kind); none for ALL',
  })
  values?: string[];
}

export class PublishAnnouncementDto {
  @TextField({ max: 200, example: 'Session 9: registration is open' })
  title: string;

  @TextField({
    max: 20_000,
    multiline: true,
    example: 'Register up to three participants per agency by Friday.',
  })
  body: string;

  @EnumField(ANNOUNCEMENT_PRIORITIES)
  priority: (typeof ANNOUNCEMENT_PRIORITIES)[number];

  @NestedField(AudienceDto)
  audience: AudienceDto;

  /** An instant with its offset like every other (ADR 68): a local time without one is a 400. */
  @InstantField({
    optional: true,
    example: '2026-12-02T03:00:00Z',
    description: 'later: scheduled; absent or past: now',
  })
  publishAt?: string;

  @EnumField(TLP_MARKINGS, { description: 'narrows the audience to who may read it' })
  tlp: (typeof TLP_MARKINGS)[number];

  @StringsField({
    maxItems: 200,
    minLength: 1,
    maxLength: 200,
    optional: true,
    description: 'TLP:RED only: the people (sub) who may read it',
  })
  recipientSubs?: string[];
}
