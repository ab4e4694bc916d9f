import type { PersonPrincipal } from '@csg/auth';
import type { CategoryPreference } from '../../domain/delivery-preference.rule';

export class UpdateMyPreferencesCommand {
  constructor(
    readonly person: PersonPrincipal,
    readonly categories: CategoryPreference[],
  ) {}
}
