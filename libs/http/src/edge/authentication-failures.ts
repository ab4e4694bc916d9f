import { createHash } from 'node:crypto';

/**
 * What a refused credential counts against (docs/adr/0057). Every 401 to a request that carried
 * credentials counts against the client address. It counts against the credential as well only
 * when the authentication layer proved whom the credential names before refusing it (a token this
 * API's issuer signed that has expired; a key whose secret matched a revoked client): the layer
 * says so with `recordProvenRefusal`. A guess (forged signature, unknown key id, wrong secret)
 * proves nothing, so nothing but its sender's address can be spent by it; and a spent credential
 * limit refuses that credential only, never another credential of the same principal.
 */
const provenRefusals = new WeakMap<object, string>();

/** The authentication layer's word: this request's credential proved `principal` and was refused. */
export function recordProvenRefusal(request: object, principal: string): void {
  provenRefusals.set(request, principal);
}

export interface RequestWithCredentials {
  ip: string;
  headers: { authorization?: string | string[] };
}

/** The counter of failures from the request's address. */
export function addressFailureKey(request: Pick<RequestWithCredentials, 'ip'>): string {
  return `fail|ip|${request.ip}`;
}

/**
 * The counter of one credential's proven refusals: its SHA-256, so the limiter keeps no
 * credential, with the scheme and spacing around it ignored.
 */
export function credentialFailureKey(request: Pick<RequestWithCredentials, 'headers'>): string {
  const header = request.headers.authorization;
  const credential = String(header ?? '')
    .replace(/^\s*bearer\s+/i, '')
    .trim();
  return `fail|credential|${createHash('sha256').update(credential).digest('base64url')}`;
}

export type FailureCounter = 'address' | 'credential';

/** What a 401 to this request counts against: nothing without credentials (ADR 0057). */
export function refusalCountsAgainst(request: RequestWithCredentials & object): FailureCounter[] {
  if (request.headers.authorization === undefined) return [];
  return provenRefusals.has(request) ? ['address', 'credential'] : ['address'];
}
