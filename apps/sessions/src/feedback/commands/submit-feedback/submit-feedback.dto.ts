import { IntField, TextField } from '@csg/http';

export class SubmitFeedbackDto {
  @IntField({ min: 1, max: 5, example: 5 })
  rating: number;

  @TextField({
    min: 0,
    max: 2_000,
    multiline: true,
    optional: true,
    example: 'The roadmap workshop was directly useful.',
  })
  comment?: string;
}
