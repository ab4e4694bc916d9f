import { REGISTRATION_STATUSES } from '@csg/contracts';
import { EnumField, PageQueryDto, UuidField } from '@csg/http';

/** `GET /sessions/{id}/registrations?status=&agencyId=&limit=&cursor=` */
export class ListRegistrationsDto extends PageQueryDto {
  @EnumField(REGISTRATION_STATUSES, { optional: true })
  status?: (typeof REGISTRATION_STATUSES)[number];

  @UuidField({ optional: true })
  agencyId?: string;
}
