import { UuidField } from '@csg/http';

export class AssessmentDiffDto {
  @UuidField({ description: 'the assessment to compare against (e.g. the baseline)' })
  against: string;
}
