import { SESSION_MODES } from '@csg/contracts';
import { EnumField, InstantField, IntField, NestedField, TextField, UrlField } from '@csg/http';
import { InvitationScopeDto } from '../plan-session/plan-session.dto';

/**
 * The fields to change; absent fields stay. `venue`, `joinUrl`, `seatsPerAgency` and
 * `invitation` can be cleared with null. New times on a SCHEDULED session reschedule it.
 */
export class UpdateSessionDto {
  @IntField({ min: 1, max: 100_000, optional: true })
  sequence?: number;

  @TextField({ min: 3, max: 200, optional: true })
  title?: string;

  @TextField({ min: 0, max: 10_000, multiline: true, optional: true })
  description?: string;

  @InstantField({ optional: true, example: '2026-12-10T05:00:00Z' })
  startsAt?: string;

  @InstantField({ optional: true, example: '2026-12-10T10:00:00Z' })
  endsAt?: string;

  @TextField({ max: 64, optional: true, example: 'Asia/Karachi' })
  timezone?: string;

  @EnumField(SESSION_MODES, { optional: true })
  mode?: (typeof SESSION_MODES)[number];

  @TextField({ max: 300, nullable: true })
  venue?: string | null;

  @UrlField({ nullable: true })
  joinUrl?: string | null;

  @IntField({ min: 1, max: 100_000, optional: true })
  capacity?: number;

  @IntField({ min: 1, max: 100_000, nullable: true })
  seatsPerAgency?: number | null;

  @NestedField(InvitationScopeDto, { nullable: true })
  invitation?: InvitationScopeDto | null;
}
