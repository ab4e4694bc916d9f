import type { Principal } from '@csg/auth';

export class GetPracticeQuery {
  constructor(
    readonly practiceId: string,
    readonly reader: Principal,
  ) {}
}
