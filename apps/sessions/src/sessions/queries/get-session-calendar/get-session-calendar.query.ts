import type { Principal } from '@csg/auth';

export class GetSessionCalendarQuery {
  constructor(
    readonly sessionId: string,
    readonly viewer: Principal,
  ) {}
}
