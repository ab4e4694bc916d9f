import { randomUUID } from 'node:crypto';
import { CertificateIssued, type CertificateIssuedData } from '@csg/contracts';
import {
  openNotificationsDatabase,
  type NotificationsDatabase,
} from '../../../test/notifications-database.fixture';
import { cloudEvent as event } from '../../../test/session-events.fixture';
import { CertificateReactions } from './certificate-reactions.handler';

describe('reactions to certificates of attendance (PostgreSQL)', () => {
  let db: NotificationsDatabase;
  const certificates = new CertificateReactions();
  const AGENCY = randomUUID();

  beforeAll(async () => {
    db = await openNotificationsDatabase('notif_certificates');
  });

  afterAll(async () => {
    await db?.drop();
  });

  const issued = (sub: string | null) =>
    event<CertificateIssuedData>(CertificateIssued.type, {
      certificateId: randomUUID(),
      registrationId: randomUUID(),
      sessionId: randomUUID(),
      agencyId: AGENCY,
      sub,
      name: 'Ayesha Khan',
      email: 'ayesha@hec.gov.pk',
      sessionSequence: 8,
      sessionTitle: 'Identifying cyber risk',
      sessionStartsAt: '2026-12-10T05:00:00.000Z',
      sessionEndsAt: '2026-12-10T10:00:00.000Z',
      sessionTimezone: 'Asia/Karachi',
      tlp: 'TLP:AMBER+STRICT',
      issuedAt: '2026-12-10T12:00:00.000Z',
    });
  const told = () =>
    db.dataSource.query(
      `SELECT n.recipient_sub AS sub, n.email_delivery AS email, f.kind, f.title, f.body, f.tlp, f.owner_agency_id AS agency
         FROM notifications n JOIN notification_facts f ON f.id = n.fact_id WHERE f.kind = 'certificate.issued'`,
    );

  it('tells the certified participant once, in the inbox and by e-mail, even when the event is redelivered', async () => {
    const e = issued('member-a');
    await db.unitOfWork.run((tx) => certificates.onIssued(e, tx));
    await db.unitOfWork.run((tx) => certificates.onIssued(e, tx));
    expect(await told()).toEqual([
      {
        sub: 'member-a',
        email: 'IMMEDIATE',
        kind: 'certificate.issued',
        title: 'Your certificate of attendance for Session 8: Identifying cyber risk',
        body: `Ayesha Khan, your certificate of attendance is ready to download: /api/v1/sessions/${e.data.sessionId}/registrations/${e.data.registrationId}/certificate.pdf`,
        tlp: 'TLP:AMBER+STRICT',
        agency: AGENCY,
      },
    ]);
  });

  it('tells nobody about a participant without an account', async () => {
    const before = (await told()).length;
    await db.unitOfWork.run((tx) => certificates.onIssued(issued(null), tx));
    expect(await told()).toHaveLength(before);
  });
});
