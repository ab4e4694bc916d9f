import { UuidsField } from '@csg/http';

export class RecordAttendanceDto {
  @UuidsField({ minItems: 1, maxItems: 1_000 })
  registrationIds: string[];
}
