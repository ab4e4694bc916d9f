import { TextField } from '@csg/http';

export class RevokeCertificateDto {
  @TextField({
    min: 3,
    max: 1_000,
    multiline: true,
    example: 'Recorded as attending by mistake: left before the first workshop.',
  })
  reason: string;
}
