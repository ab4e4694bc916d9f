import type { IdempotencyRequest } from '@csg/http';
import type { MemberDetails } from '../../domain/member.aggregate';

export class AddMemberCommand {
  constructor(
    readonly agencyId: string,
    readonly details: MemberDetails,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
