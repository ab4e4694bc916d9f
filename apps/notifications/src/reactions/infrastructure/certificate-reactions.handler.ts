import { Injectable } from '@nestjs/common';
import { CertificateIssued, type CertificateIssuedData, type CloudEvent } from '@csg/contracts';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';
import { fanOut } from '../../inbox/infrastructure/notification-fan-out.writer';
import { sessionName } from '../domain/reaction-message.rule';

/**
 * Tells a participant with an account that their certificate of attendance is ready (in their
 * inbox, and by e-mail as their preferences say), once per certificate even when the event is
 * redelivered. The message says where to download it; the certificate itself, with its
 * verification code, is only ever served by the sessions API to those who may read it.
 */
@Injectable()
export class CertificateReactions {
  @OnIntegrationEvent(CertificateIssued.type)
  async onIssued(event: CloudEvent<CertificateIssuedData>, tx: TransactionContext): Promise<void> {
    const d = event.data;
    if (!d.sub) return;
    const session = sessionName(d.sessionSequence, d.sessionTitle);
    await fanOut(
      tx.manager,
      {
        category: 'SESSION',
        kind: 'certificate.issued',
        sourceId: d.certificateId,
        title: `Your certificate of attendance for ${session}`,
        body: `${d.name}, your certificate of attendance is ready to download: /api/v1/sessions/${d.sessionId}/registrations/${d.registrationId}/certificate.pdf`,
        urgent: false,
        tlp: 'TLP:AMBER+STRICT',
        ownerAgencyId: d.agencyId,
        sharedWithAgencyIds: [],
        recipientSubs: [],
      },
      { sql: 'SELECT $1::text AS sub', params: [d.sub] },
    );
  }
}
