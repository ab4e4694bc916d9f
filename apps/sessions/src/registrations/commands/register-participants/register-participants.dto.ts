import { EmailField, NestedListField, TextField, UuidField } from '@csg/http';

export class ParticipantDto {
  @TextField({
    max: 255,
    optional: true,
    description:
      "a signed-in person's OIDC subject (a member of the agency); omit for an external participant",
  })
  sub?: string;

  @TextField({ max: 200, example: 'Ayesha Khan' })
  name: string;

  @EmailField({ example: 'ayesha.khan@hec.gov.pk' })
  email: string;
}

export class RegisterParticipantsDto {
  @UuidField({ description: 'the agency the participants come from (the caller’s own)' })
  agencyId: string;

  @NestedListField(ParticipantDto, { minItems: 1, maxItems: 200 })
  participants: ParticipantDto[];
}
