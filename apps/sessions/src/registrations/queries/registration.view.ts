import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { REGISTRATION_STATUSES } from '@csg/contracts';
import type { Reader } from '../../access/caller.util';
import { checkInCodeFor } from '../domain/check-in-code.value-object';
import type { RegistrationState } from '../domain/registration.aggregate';

/** One participant's place in a session. */
@ApiSchema({ name: 'Registration' })
export class RegistrationView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  sessionId: string;

  @ApiProperty({ format: 'uuid' })
  agencyId: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the participant signed in; null for a named external participant',
  })
  sub: string | null;

  @ApiProperty({ example: 'Ayesha Khan' })
  name: string;

  @ApiProperty({ format: 'email' })
  email: string;

  @ApiProperty({ enum: REGISTRATION_STATUSES, enumName: 'RegistrationStatus' })
  status: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  attendedAt: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '7KQ2-M9XD',
    description:
      "the participant's personal one-time check-in code (e.g. for a QR code at the door): shown to the participant, and for a participant without an account to their agency; null to anyone else and while not CONFIRMED",
  })
  checkInCode: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

@ApiSchema({ name: 'RegistrationBatch' })
export class RegistrationBatchView {
  @ApiProperty({
    type: [RegistrationView],
    description: 'one registration per participant, in the order given',
  })
  items: RegistrationView[];
}

/** Whether `reader` is shown the participant's check-in code. */
function showsCode(r: Readonly<RegistrationState>, reader: Reader): boolean {
  if (r.status !== 'CONFIRMED') return false;
  if (r.sub !== null) return r.sub === reader.sub;
  return reader.agencyIds.includes(r.agencyId);
}

export function toRegistrationView(
  r: Readonly<RegistrationState>,
  reader: Reader,
  secret: string,
): RegistrationView {
  return {
    id: r.id,
    sessionId: r.sessionId,
    agencyId: r.agencyId,
    sub: r.sub,
    name: r.name,
    email: r.email,
    status: r.status,
    attendedAt: r.attendedAt?.toISOString() ?? null,
    checkInCode: showsCode(r, reader) ? checkInCodeFor(secret, r.id) : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
