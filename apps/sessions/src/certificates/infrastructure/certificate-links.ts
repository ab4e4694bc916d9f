import { printedVerificationCode } from '../domain/verification-code.value-object';

/**
 * Where a certificate's QR code and printed link point: the public verification route under
 * `PUBLIC_BASE_URL` (the API's public address; `http://localhost:3000` when unset, as e-mail
 * links are).
 */
export class CertificateLinks {
  constructor(readonly publicBaseUrl: string) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): CertificateLinks {
    return new CertificateLinks((env.PUBLIC_BASE_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, ''));
  }

  /** The code in its printed form, so the link a person reads matches the code beside it. */
  verificationUrl(code: string): string {
    return `${this.publicBaseUrl}/api/v1/certificates/${printedVerificationCode(code)}`;
  }
}
