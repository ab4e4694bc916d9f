import { SESSION_STATUSES } from '@csg/contracts';
import { EnumField, InstantField, PageQueryDto } from '@csg/http';

/** `GET /sessions?status=&from=&to=&limit=&cursor=`: sessions starting in [from, to), by start. */
export class ListSessionsDto extends PageQueryDto {
  @EnumField(SESSION_STATUSES, { optional: true })
  status?: (typeof SESSION_STATUSES)[number];

  @InstantField({ optional: true, example: '2026-12-01T00:00:00Z', description: 'starting at or after' })
  from?: string;

  @InstantField({ optional: true, example: '2027-01-01T00:00:00Z', description: 'starting before' })
  to?: string;
}
