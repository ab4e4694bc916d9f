import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { certify } from '../../domain/certificate-issuance.rule';
import { CertificateRepository } from '../../domain/certificate-repository.port';
import { newVerificationCode } from '../../domain/verification-code.value-object';
import { AttendanceCertifier } from '../../../sessions/domain/attendance-certifier.port';
import type { SessionState } from '../../../sessions/domain/session.aggregate';

/**
 * Issues the certificates a completed session owes, inside the caller's unit of work (which holds
 * the session's lock). Each certificate records its `CertificateIssued`, so the event leaves
 * through the same outbox as the change that caused it (ADR 14).
 */
@Injectable()
export class CertificateIssuer extends AttendanceCertifier {
  constructor(private readonly certificates: CertificateRepository) {
    super();
  }

  async certifyOwed(session: Readonly<SessionState>, now: Date): Promise<number> {
    if (session.status !== 'COMPLETED') return 0; // the rule says so too; this spares the query
    const uncertified = await this.certificates.uncertifiedAttendees(session.id);
    const issued = certify(session, uncertified, { newId: randomUUID, newCode: newVerificationCode, now });
    await this.certificates.insertAll(issued);
    return issued.length;
  }
}
