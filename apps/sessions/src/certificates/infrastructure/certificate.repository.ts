import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { Certificate, type Attendee, type CertificateState } from '../domain/certificate.aggregate';
import { CertificateRepository } from '../domain/certificate-repository.port';
import { digestOf } from '../domain/verification-code.value-object';
import { CertificateOrmEntity } from './certificate.orm-entity';

/** Certificates over TypeORM, in the transaction that holds the session's lock. */
@Injectable()
export class TypeOrmCertificateRepository extends CertificateRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async uncertifiedAttendees(sessionId: string): Promise<Attendee[]> {
    const rows: Attendee[] = await this.manager.query(
      `SELECT r.id AS "registrationId", r.agency_id AS "agencyId", a.name AS "agencyName", r.sub, r.name,
              r.email, r.status, r.attended_at AS "attendedAt"
         FROM registrations r JOIN agency_directory a ON a.agency_id = r.agency_id
        WHERE r.session_id = $1 AND r.attended_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.registration_id = r.id)
        ORDER BY r.position`,
      [sessionId],
    );
    return rows.map((r) => ({ ...r, attendedAt: new Date(r.attendedAt!) }));
  }

  async insertAll(certificates: Certificate[]): Promise<void> {
    for (const certificate of certificates) {
      const s = certificate.snapshot();
      await this.manager.insert(CertificateOrmEntity, {
        ...s,
        verificationDigest: digestOf(s.verificationCode),
      });
      this.transactions.current.track(certificate);
    }
  }

  async lockByRegistration(sessionId: string, registrationId: string): Promise<Certificate | null> {
    const row = await this.manager.findOne(CertificateOrmEntity, {
      where: { sessionId, registrationId },
      lock: { mode: 'pessimistic_write' },
    });
    return row ? Certificate.restore(stateOf(row)) : null;
  }

  async save(certificate: Certificate): Promise<void> {
    const s = certificate.snapshot();
    await this.manager.update(
      CertificateOrmEntity,
      { id: s.id },
      { revokedAt: s.revokedAt, revocationReason: s.revocationReason },
    );
    this.transactions.current.track(certificate);
  }
}

function stateOf(row: CertificateOrmEntity): CertificateState {
  const { verificationDigest: _digest, ...state } = row;
  return state;
}
