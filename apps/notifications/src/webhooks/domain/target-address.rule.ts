import { isIP } from 'node:net';

/** Why a webhook target is refused, or null when it may be reached. */
export type AddressVerdict =
  null | 'loopback' | 'private' | 'link-local' | 'cgnat' | 'metadata' | 'unspecified' | 'reserved';

const V4_BLOCKS: ReadonlyArray<[string, number, Exclude<AddressVerdict, null>]> = [
  ['0.0.0.0', 8, 'unspecified'],
  ['127.0.0.0', 8, 'loopback'],
  ['10.0.0.0', 8, 'private'],
  ['172.16.0.0', 12, 'private'],
  ['192.168.0.0', 16, 'private'],
  ['169.254.169.254', 32, 'metadata'],
  ['169.254.170.2', 32, 'metadata'],
  ['169.254.0.0', 16, 'link-local'],
  ['100.100.100.200', 32, 'metadata'],
  ['100.64.0.0', 10, 'cgnat'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'reserved'],
  ['240.0.0.0', 4, 'reserved'],
];

/**
 * Addresses a webhook must never reach: loopback, private, link-local, CGNAT, cloud metadata,
 * unspecified, multicast and reserved ranges, in IPv4 and IPv6 (including IPv4 carried inside
 * IPv6: mapped, compatible, NAT64 and 6to4). Anything that is not an IP literal is refused too.
 */
export function classifyAddress(address: string): AddressVerdict {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return classifyV4(v4ToInt(bare));
  if (family === 6) return classifyV6(v6ToWords(bare));
  return 'reserved';
}

function classifyV4(value: number): AddressVerdict {
  for (const [base, bits, verdict] of V4_BLOCKS) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    if ((value & mask) >>> 0 === (v4ToInt(base) & mask) >>> 0) return verdict;
  }
  return value === 0xffffffff ? 'reserved' : null;
}

function classifyV6(w: number[]): AddressVerdict {
  const zeroUpTo = (n: number) => w.slice(0, n).every((x) => x === 0);
  const v4Tail = () => ((w[6] << 16) | w[7]) >>> 0;
  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && w[7] === 1) return 'loopback';
  if (zeroUpTo(5) && w[5] === 0xffff) return classifyV4(v4Tail()); // ::ffff:a.b.c.d
  if (zeroUpTo(6)) return 'reserved'; // ::a.b.c.d (IPv4-compatible, deprecated)
  if (w[0] === 0x64 && w[1] === 0xff9b && w.slice(2, 6).every((x) => x === 0)) return classifyV4(v4Tail()); // NAT64
  if (w[0] === 0x2002) return classifyV4(((w[1] << 16) | w[2]) >>> 0); // 6to4
  if (w[0] === 0xfd00 && w[1] === 0x0ec2 && w.slice(2, 7).every((x) => x === 0) && w[7] === 0x254)
    return 'metadata';
  if ((w[0] & 0xfe00) === 0xfc00) return 'private'; // unique local fc00::/7
  if ((w[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((w[0] & 0xffc0) === 0xfec0) return 'private'; // site-local (deprecated)
  if ((w[0] & 0xff00) === 0xff00) return 'reserved'; // multicast
  if (w[0] === 0x2001 && w[1] === 0x0db8) return 'reserved'; // documentation
  if (w[0] === 0x0100 && w.slice(1, 4).every((x) => x === 0)) return 'reserved'; // discard-only
  return null;
}

function v4ToInt(address: string): number {
  return address.split('.').reduce((acc, part) => ((acc << 8) | Number(part)) >>> 0, 0);
}

function v6ToWords(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v = v4ToInt(dotted[1]);
    text = text.slice(0, -dotted[1].length) + `${(v >>> 16).toString(16)}:${(v & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((x) => parseInt(x, 16));
}
