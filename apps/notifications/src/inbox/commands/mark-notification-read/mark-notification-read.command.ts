import type { PersonPrincipal } from '@csg/auth';

export class MarkNotificationReadCommand {
  constructor(
    readonly person: PersonPrincipal,
    readonly notificationId: string,
  ) {}
}
