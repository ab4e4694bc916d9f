import type { InMemoryUnitOfWork } from '@csg/messaging/outbox/in-memory-unit-of-work';
import {
  Certificate,
  type Attendee,
  type CertificateState,
} from '../src/certificates/domain/certificate.aggregate';
import { CertificateRepository } from '../src/certificates/domain/certificate-repository.port';
import type { RegistrationState } from '../src/registrations/domain/registration.aggregate';

/** Certificates in a list, over the in-memory registrations (agencies are named after their ids). */
export class InMemoryCertificateRepository extends CertificateRepository {
  readonly rows: CertificateState[] = [];

  constructor(
    private readonly unitOfWork: InMemoryUnitOfWork,
    private readonly registrations: { readonly rows: readonly RegistrationState[] },
  ) {
    super();
  }

  async uncertifiedAttendees(sessionId: string): Promise<Attendee[]> {
    return this.registrations.rows
      .filter((r) => r.sessionId === sessionId && r.attendedAt !== null)
      .filter((r) => !this.rows.some((c) => c.registrationId === r.id))
      .map((r) => ({
        registrationId: r.id,
        agencyId: r.agencyId,
        agencyName: `Agency ${r.agencyId}`,
        sub: r.sub,
        name: r.name,
        email: r.email,
        status: r.status,
        attendedAt: r.attendedAt,
      }));
  }

  async insertAll(certificates: Certificate[]): Promise<void> {
    for (const certificate of certificates) {
      this.rows.push(certificate.snapshot());
      this.unitOfWork.current.track(certificate);
    }
  }

  async lockByRegistration(sessionId: string, registrationId: string): Promise<Certificate | null> {
    const row = this.rows.find((c) => c.sessionId === sessionId && c.registrationId === registrationId);
    return row ? Certificate.restore(row) : null;
  }

  async save(certificate: Certificate): Promise<void> {
    const index = this.rows.findIndex((c) => c.id === certificate.id);
    this.rows[index] = certificate.snapshot();
    this.unitOfWork.current.track(certificate);
  }
}
