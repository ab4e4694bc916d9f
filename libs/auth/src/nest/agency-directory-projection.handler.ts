import { Injectable } from '@nestjs/common';
import { AGENCY_STATE_EVENT_TYPES, type AgencyStateData, type CloudEvent } from '@csg/contracts';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';
import { projectAgency } from '../agency-directory';

/**
 * Keeps the service's agency directory in step with the agencies service, in the inbox's
 * transaction. A service lists it first among its providers: its own handlers of the same event
 * (the notifications event log, which reads the directory) then see the new state (ADR 67).
 */
@Injectable()
export class AgencyDirectoryProjectionHandler {
  @OnIntegrationEvent(...AGENCY_STATE_EVENT_TYPES)
  async onAgencyChanged(event: CloudEvent<AgencyStateData>, tx: TransactionContext): Promise<void> {
    await projectAgency(tx.manager, event.data);
  }
}
