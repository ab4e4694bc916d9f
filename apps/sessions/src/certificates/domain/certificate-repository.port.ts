import type { Attendee, Certificate } from './certificate.aggregate';

/**
 * Where certificates are kept, in the running unit of work's transaction (the session's lock,
 * held by the caller, keeps two recordings from certifying the same person twice; a unique key
 * on the registration does too). Writes hand each certificate to the unit of work.
 */
export abstract class CertificateRepository {
  /** The session's participants whose attendance was recorded and who hold no certificate yet. */
  abstract uncertifiedAttendees(sessionId: string): Promise<Attendee[]>;

  abstract insertAll(certificates: Certificate[]): Promise<void>;

  abstract lockByRegistration(sessionId: string, registrationId: string): Promise<Certificate | null>;

  abstract save(certificate: Certificate): Promise<void>;
}
