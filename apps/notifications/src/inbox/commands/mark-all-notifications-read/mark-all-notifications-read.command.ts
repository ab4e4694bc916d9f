import type { PersonPrincipal } from '@csg/auth';

export class MarkAllNotificationsReadCommand {
  constructor(readonly person: PersonPrincipal) {}
}
