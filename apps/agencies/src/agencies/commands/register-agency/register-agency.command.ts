import type { Principal } from '@csg/auth';
import type { IdempotencyRequest } from '@csg/http';
import type { AgencyDetails } from '../../domain/agency.aggregate';

/** Registers an agency directly (operators) or applies for one (anyone else signed in). */
export class RegisterAgencyCommand {
  constructor(
    readonly details: AgencyDetails,
    readonly actor: Principal,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
