import type { PersonPrincipal } from '@csg/auth';

/** The caller's delivery choices, one per category (defaults where they chose nothing). */
export class GetMyPreferencesQuery {
  constructor(readonly person: PersonPrincipal) {}
}
