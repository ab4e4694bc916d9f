import type { Principal } from '@csg/auth';

/** A participant's certificate of attendance as a PDF (the participant, their agency, organisers). */
export class GetCertificatePdfQuery {
  constructor(
    readonly sessionId: string,
    readonly registrationId: string,
    readonly viewer: Principal,
  ) {}
}
