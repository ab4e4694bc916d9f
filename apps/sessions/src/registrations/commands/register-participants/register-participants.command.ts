import type { Principal } from '@csg/auth';
import type { IdempotencyRequest } from '@csg/http';
import type { Participant } from '../../domain/registration.aggregate';

/** An agency registers participants: each gets a seat while seats remain, else a waitlist place. */
export class RegisterParticipantsCommand {
  constructor(
    readonly sessionId: string,
    readonly agencyId: string,
    readonly participants: Participant[],
    readonly actor: Principal,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
