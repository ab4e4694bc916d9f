import { UuidsField } from '@csg/http';
import { MAX_SHARED_AGENCIES } from '../../domain/assessment.aggregate';

export class ShareAssessmentDto {
  @UuidsField({
    maxItems: MAX_SHARED_AGENCIES,
    description:
      'the agencies whose members may read it (TLP:AMBER); empty: only the agency (TLP:AMBER+STRICT)',
  })
  sharedWithAgencyIds: string[];
}
