import { TextField } from '@csg/http';

export class ReviewAssessmentDto {
  @TextField({
    max: 4_000,
    multiline: true,
    optional: true,
    description: "the organiser's comment for the agency",
  })
  comment?: string;
}
