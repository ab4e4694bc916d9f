/**
 * What may be logged about a refused bearer token: its header's `kid` and `alg` and its claims'
 * `iss` and `aud`, read without verification, each cut to a safe length. Never the token, its
 * signature or any other claim.
 */
export interface TokenHints {
  kid?: string;
  alg?: string;
  iss?: string;
  aud?: string | string[];
}

const MAX = 200;

export function tokenHints(token: string): TokenHints {
  const [header, payload] = token.split('.');
  const hints: TokenHints = {};
  const h = decodeSegment(header);
  const p = decodeSegment(payload);
  if (typeof h?.kid === 'string') hints.kid = safe(h.kid);
  if (typeof h?.alg === 'string') hints.alg = safe(h.alg);
  if (typeof p?.iss === 'string') hints.iss = safe(p.iss);
  if (typeof p?.aud === 'string') hints.aud = safe(p.aud);
  else if (Array.isArray(p?.aud))
    hints.aud = p.aud
      .filter((a) => typeof a === 'string')
      .slice(0, 10)
      .map(safe);
  return hints;
}

function decodeSegment(segment: string | undefined): Record<string, unknown> | undefined {
  if (!segment || segment.length > 16_384) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Printable, bounded: control characters and lone surrogates replaced. */
function safe(value: string): string {
  return value
    .slice(0, MAX)
    .replace(/[\u0000-\u001f\u007f]/g, '?')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '?');
}
