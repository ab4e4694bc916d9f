import type { Principal } from '@csg/auth';

export class GetSessionQuery {
  constructor(
    readonly sessionId: string,
    readonly viewer: Principal,
  ) {}
}
