import { Injectable } from '@nestjs/common';
import type { CloudEvent } from '@csg/contracts';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';
import { MEMBERSHIP_EVENT_TYPES, MembershipProjection } from '../membership';

/**
 * Keeps the service's own projection of agencies and memberships, from which it authorises
 * requests. Runs in the inbox's transaction, so a redelivered event changes nothing; a removed
 * member or a suspended agency loses access as soon as the event is handled.
 */
@Injectable()
export class MembershipProjectionHandler {
  private readonly projection = new MembershipProjection();

  @OnIntegrationEvent(...MEMBERSHIP_EVENT_TYPES)
  async onAgencyOrMemberChanged(event: CloudEvent, tx: TransactionContext): Promise<void> {
    await this.projection.apply(tx.manager, event);
  }
}
