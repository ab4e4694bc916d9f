import { UuidField } from '@csg/http';

export class StartAssessmentDto {
  @UuidField()
  campaignId: string;

  @UuidField({
    optional: true,
    description: 'an earlier assessment of the agency whose answers carry forward',
  })
  copyFrom?: string;
}
