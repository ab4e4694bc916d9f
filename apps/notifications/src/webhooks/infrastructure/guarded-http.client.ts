import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { WEBHOOK_TIMEOUT_MS } from '../domain/delivery-outcome.rule';
import { parseWebhookTarget, targetVerdict } from '../domain/webhook-target.rule';

export interface GuardedResponse {
  status: number | null;
  retryAfter: string | null;
  error: string | null;
  durationMs: number;
}

export class ForbiddenTargetError extends Error {
  readonly code = 'ECSGFORBIDDEN';
}

/** How names are resolved: `dns.lookup` with `all: true` (a parameter so tests can answer for DNS). */
export type ResolveAll = (
  host: string,
  options: { all: true; verbatim: true },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/**
 * Resolves every address of `host` and refuses the name when any of them is forbidden (every
 * IANA special-purpose block, IPv4 carried in IPv6 included: target-address.rule.ts, ADR 0061).
 */
export function resolveTarget(
  host: string,
  allow: ReadonlySet<string>,
  resolveAll: ResolveAll = dnsLookup,
): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    resolveAll(host, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return reject(error);
      const refused = addresses
        .map((a) => ({ a, verdict: targetVerdict(host, a.address, allow) }))
        .find((x) => x.verdict);
      if (refused)
        return reject(new ForbiddenTargetError(`${host} resolves to a ${refused.verdict} address`));
      resolve(addresses);
    });
  });
}

/**
 * POSTs a webhook, connecting only to an address that was checked: a literal is classified as
 * is; a name is resolved here and the socket connects to the address just checked (no second
 * resolution an attacker could rebind). Redirects are never followed (a 3xx is just a failure);
 * nothing but 2xx within 15 s counts as success.
 */
export function postGuarded(
  url: string,
  headers: Record<string, string>,
  body: string,
  allow: ReadonlySet<string>,
  timeoutMs = WEBHOOK_TIMEOUT_MS,
): Promise<GuardedResponse> {
  const started = Date.now();
  const done = (
    status: number | null,
    error: string | null,
    retryAfter: string | null = null,
  ): GuardedResponse => ({
    status,
    error,
    retryAfter,
    durationMs: Date.now() - started,
  });
  const target = parseWebhookTarget(url);
  if (!target) return Promise.resolve(done(null, 'not an http(s) URL'));
  if (target.literal) {
    const verdict = targetVerdict(target.host, target.host, allow);
    if (verdict) return Promise.resolve(done(null, `refused: ${verdict} address`));
  }
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolveTarget(hostname, allow).then(
      (addresses) => {
        const first = addresses[0];
        if ((options as { all?: boolean }).all)
          (callback as (e: null, a: LookupAddress[]) => void)(null, [first]);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
  const send = target.url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: GuardedResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = send(
      target.url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup,
        agent: false,
      },
      (res) => {
        const retryAfter = typeof res.headers['retry-after'] === 'string' ? res.headers['retry-after'] : null;
        res.resume();
        res.on('end', () => finish(done(res.statusCode ?? null, null, retryAfter)));
        res.on('error', () => finish(done(res.statusCode ?? null, null, retryAfter)));
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      finish(done(null, `no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) =>
      finish(
        done(
          null,
          error instanceof ForbiddenTargetError
            ? `refused: ${error.message}`
            : `connection failed: ${error.code ?? error.message}`,
        ),
      ),
    );
    req.end(body);
  });
}
