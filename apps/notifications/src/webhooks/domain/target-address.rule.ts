import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Why a webhook target is refused, or null when it may be reached: the name ipaddr.js gives the
 * IANA special-purpose block the address is in (`loopback`, `private`, `linkLocal`,
 * `carrierGradeNat`, `uniqueLocal`, `rfc6052`, `teredo`, …), or one of the entries we add on top
 * (ADR 0061): `dummyPrefix`, `ipv4Compatible`, `notGlobalUnicast`, `notAnAddress`.
 */
export type AddressVerdict = null | string;

type Block = [ipaddr.IPv6, number];
const block = (cidr: string): Block => ipaddr.IPv6.parseCIDR(cidr);

/** IANA IPv6 special-purpose entries ipaddr.js 2.5.0 does not name yet (ADR 0061). */
const V6_SUPPLEMENT: ReadonlyArray<[string, Block]> = [['dummyPrefix', block('100:0:0:1::/64')]]; // RFC 9780
/** RFC 6052 well-known prefix: DNS64 synthesises these for IPv4-only hosts (IANA: globally reachable). */
const NAT64_WELL_KNOWN = block('64:ff9b::/96');
/** IPv4-compatible addresses (RFC 4291 §2.5.5.1, deprecated): ::a.b.c.d, inside "Reserved by IETF" ::/8. */
const IPV4_COMPATIBLE = block('::/96');
/** The only IPv6 space IANA has allocated as global unicast (IPv6 Address Space registry). */
const GLOBAL_UNICAST = block('2000::/3');

/**
 * Whether a webhook may reach `address`: every block of the IANA IPv4 and IPv6 special-purpose
 * address registries is refused (ipaddr.js's `range()`, plus the entries it lacks), and so is
 * IPv6 outside 2000::/3. An IPv4 address carried inside IPv6 (mapped, translated, NAT64, 6to4,
 * Teredo, compatible) is extracted and classified too, and names the verdict when it is special;
 * only the NAT64 well-known prefix carrying a public IPv4 address passes (what DNS64 answers on
 * an IPv6-only network). Anything that is not an IP literal is refused.
 */
export function classifyAddress(address: string): AddressVerdict {
  const parsed = parseAddress(address);
  if (!parsed) return 'notAnAddress';
  return parsed.kind() === 'ipv4' ? classifyV4(parsed as ipaddr.IPv4) : classifyV6(parsed as ipaddr.IPv6);
}

/**
 * An IP literal (brackets and zone removed), or null. An IPv6 literal goes through the WHATWG
 * URL parser first, as the delivery's URL does: ipaddr.js reads the deprecated `::a.b.c.d` as
 * `::ffff:a.b.c.d`, the URL parser as what it is, `::xxxx:xxxx`.
 */
export function parseAddress(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  switch (isIP(bare)) {
    case 4:
      return ipaddr.IPv4.parse(bare);
    case 6:
      return ipaddr.IPv6.parse(new URL(`http://[${bare}]/`).hostname.slice(1, -1));
    default:
      return null;
  }
}

function classifyV4(address: ipaddr.IPv4): AddressVerdict {
  const range = address.range();
  return range === 'unicast' ? null : range;
}

function classifyV6(address: ipaddr.IPv6): AddressVerdict {
  const range: string = V6_SUPPLEMENT.find(([, b]) => address.match(b))?.[0] ?? address.range();
  const carried = embeddedV4(address, range)
    .map(classifyV4)
    .find((v) => v !== null);
  if (carried) return carried;
  if (range === 'rfc6052' && address.match(NAT64_WELL_KNOWN)) return null;
  if (range !== 'unicast') return range;
  if (address.match(IPV4_COMPATIBLE)) return 'ipv4Compatible';
  return address.match(GLOBAL_UNICAST) ? null : 'notGlobalUnicast';
}

/**
 * The IPv4 addresses an IPv6 address carries: the last 32 bits of mapped (::ffff:0:0/96),
 * translated (::ffff:0:0:0/96), NAT64 (64:ff9b::/96, and 64:ff9b:1::/48 read as a /96, the
 * usual layout) and compatible (::/96) addresses; bits 16–47 of 6to4; Teredo's server (bits
 * 32–63) and its client (the last 32 bits, inverted).
 */
function embeddedV4(address: ipaddr.IPv6, range: string): ipaddr.IPv4[] {
  const bytes = address.toByteArray();
  const v4 = (from: number, invert = false) =>
    new ipaddr.IPv4(bytes.slice(from, from + 4).map((b) => (invert ? b ^ 0xff : b)));
  switch (range) {
    case 'ipv4Mapped':
    case 'rfc6145':
    case 'rfc6052':
      return [v4(12)];
    case '6to4':
      return [v4(2)];
    case 'teredo':
      return [v4(4), v4(12, true)];
    default:
      return address.match(IPV4_COMPATIBLE) && range === 'unicast' ? [v4(12)] : [];
  }
}
