import { UuidField } from '@csg/http';

export class RecommendPracticesDto {
  @UuidField({ optional: true, description: "default: the agency's latest assessment" })
  assessmentId?: string;
}
