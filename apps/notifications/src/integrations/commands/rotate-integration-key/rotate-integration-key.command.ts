import type { Principal } from '@csg/auth';

/** A new key for a client; the old one stops working at once. */
export class RotateIntegrationKeyCommand {
  constructor(
    readonly clientId: string,
    readonly actor: Principal,
  ) {}
}
