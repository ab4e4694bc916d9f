import { isIP } from 'node:net';
import { classifyAddress, parseAddress, type AddressVerdict } from './target-address.rule';

/** Host names that always mean this machine or the cloud's metadata service. */
const FORBIDDEN_NAMES =
  /(^|\.)localhost\.?$|^metadata(\.google\.internal)?\.?$|(^|\.)internal\.?$|(^|\.)local\.?$/i;

export interface ParsedTarget {
  url: URL;
  /** The host as a resolver sees it (brackets of an IPv6 literal removed). */
  host: string;
  /** True when the host is an IP literal (after the URL parser normalised decimal, octal and hex forms). */
  literal: boolean;
}

/**
 * Parses a webhook URL the way the delivery will: the WHATWG parser turns `http://2130706433`,
 * `http://0x7f.1` and `http://0177.0.0.1` into `127.0.0.1`, and `[::ffff:127.0.0.1]` into
 * `[::ffff:7f00:1]`, so every notation ends up as one literal we classify. Only http(s), no
 * credentials in the URL.
 */
export function parseWebhookTarget(raw: string): ParsedTarget | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return { url, host, literal: isIP(host) !== 0 };
}

/**
 * The operator's allow-list (`WEBHOOK_ALLOW_HOSTS`): host names, compared case-insensitively, or
 * addresses, compared in their canonical form (`0:0::1` and `::1` are one entry).
 */
export function parseAllowList(value: string | undefined): Set<string> {
  return new Set(
    (value ?? '')
      .split(',')
      .map((s) => canonical(s.trim()))
      .filter(Boolean),
  );
}

/** A host name in lower case, or an IP literal (brackets removed) in its RFC 5952 / dotted form. */
function canonical(host: string): string {
  const bare = host.toLowerCase().replace(/^\[|\]$/g, '');
  return parseAddress(bare)?.toString() ?? bare;
}

/**
 * Whether a webhook may connect to `address` for `host`: allowed hosts and addresses pass; any
 * other address must be public; names that always mean "this machine" never pass.
 */
export function targetVerdict(host: string, address: string, allow: ReadonlySet<string>): AddressVerdict {
  const name = canonical(host);
  const bare = canonical(address);
  if (allow.has(name) || allow.has(bare)) return null;
  if (isIP(name) === 0 && FORBIDDEN_NAMES.test(name)) return 'loopback';
  return classifyAddress(bare);
}
