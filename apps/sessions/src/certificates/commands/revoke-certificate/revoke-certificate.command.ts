/** An organiser withdraws a certificate issued in error (attendance recorded by mistake, say). */
export class RevokeCertificateCommand {
  constructor(
    readonly sessionId: string,
    readonly registrationId: string,
    readonly reason: string,
  ) {}
}
