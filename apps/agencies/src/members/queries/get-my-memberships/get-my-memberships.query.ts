import type { PersonPrincipal } from '@csg/auth';

/** Who am I, and which agencies do I belong to? */
export class GetMyMembershipsQuery {
  constructor(readonly person: PersonPrincipal) {}
}
