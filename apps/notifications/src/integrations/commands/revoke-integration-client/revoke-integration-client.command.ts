import type { Principal } from '@csg/auth';

/** Revokes a client: its key is refused from now on (revoking again changes nothing). */
export class RevokeIntegrationClientCommand {
  constructor(
    readonly clientId: string,
    readonly actor: Principal,
  ) {}
}
