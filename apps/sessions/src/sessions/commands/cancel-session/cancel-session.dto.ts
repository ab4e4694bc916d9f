import { TextField } from '@csg/http';

export class CancelSessionDto {
  @TextField({
    min: 3,
    max: 1_000,
    multiline: true,
    example: 'The venue is unavailable; a new date follows.',
  })
  reason: string;
}
