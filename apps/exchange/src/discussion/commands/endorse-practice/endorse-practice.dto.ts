import { TextField, UuidField } from '@csg/http';

/** `POST /practices/{id}/endorsements`: an agency (the caller is its member) says it adopted the practice. */
export class EndorsePracticeDto {
  @UuidField({ description: 'the adopting agency' })
  agencyId: string;

  @TextField({
    max: 2000,
    multiline: true,
    optional: true,
    example: 'Rolled out to all 400 staff in March.',
  })
  note?: string;
}
