import { TextField } from '@csg/http';

/** `POST /practices/{id}/reject`: why, for the authors. */
export class RejectPracticeDto {
  @TextField({
    min: 3,
    max: 2000,
    multiline: true,
    example: 'Please add the rollout steps and what it cost.',
  })
  reason: string;
}
