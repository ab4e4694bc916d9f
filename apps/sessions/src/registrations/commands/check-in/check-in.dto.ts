import { TextField } from '@csg/http';

export class CheckInDto {
  @TextField({
    max: 32,
    example: '7KQ2-M9XD',
    description: "the participant's personal code (case, spaces and dashes do not matter)",
  })
  code: string;
}
