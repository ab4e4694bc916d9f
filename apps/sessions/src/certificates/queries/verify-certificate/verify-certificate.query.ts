/** Anyone, without a token, asks whether the certificate with this code is valid. */
export class VerifyCertificateQuery {
  constructor(readonly code: string) {}
}
