import { BlockList } from 'node:net';
import fc from 'fast-check';
import { classifyAddress } from './target-address.rule';
import { parseAllowList, parseWebhookTarget, targetVerdict } from './webhook-target.rule';

/**
 * The oracle: the IANA IPv4 and IPv6 special-purpose address registries, row by row, plus the
 * multicast blocks and the IPv6 space outside global unicast that is reserved by the IETF (the
 * IPv6 Address Space registry). Written out here, independently of the library under test.
 */
const V4_SPECIAL = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.0.0/29',
  '192.0.0.8/32',
  '192.0.0.9/32',
  '192.0.0.10/32',
  '192.0.0.170/31',
  '192.0.2.0/24',
  '192.31.196.0/24',
  '192.52.193.0/24',
  '192.88.99.0/24',
  '192.168.0.0/16',
  '192.175.48.0/24',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4',
  '240.0.0.0/4',
  '255.255.255.255/32',
];
const V6_SPECIAL = [
  '::1/128',
  '::/128',
  '::ffff:0:0/96',
  '64:ff9b:1::/48',
  '100::/64',
  '100:0:0:1::/64',
  '2001::/23',
  '2001::/32',
  '2001:1::1/128',
  '2001:1::2/128',
  '2001:1::3/128',
  '2001:2::/48',
  '2001:3::/32',
  '2001:4:112::/48',
  '2001:10::/28',
  '2001:20::/28',
  '2001:30::/28',
  '2001:db8::/32',
  '2002::/16',
  '2620:4f:8000::/48',
  '3fff::/20',
  '5f00::/16',
  'fc00::/7',
  'fe80::/10',
  'fec0::/10',
  'ff00::/8',
  '::/96',
  '::ffff:0:0:0/96',
];
/** 64:ff9b::/96 is globally reachable: refused only when the IPv4 address it carries is special. */
const NAT64_WELL_KNOWN = '64:ff9b::/96';

// One list per family: a BlockList also matches an IPv4 address against IPv6 rules (::ffff:0:0/96, ::/96).
const specialV4 = new BlockList();
const specialV6 = new BlockList();
for (const cidr of V4_SPECIAL) addTo(specialV4, cidr, 'ipv4');
for (const cidr of V6_SPECIAL) addTo(specialV6, cidr, 'ipv6');

function addTo(list: BlockList, cidr: string, family: 'ipv4' | 'ipv6') {
  const [base, bits] = cidr.split('/');
  list.addSubnet(base, Number(bits), family);
}

const byte = fc.integer({ min: 0, max: 255 });
const bytes = (n: number) => fc.array(byte, { minLength: n, maxLength: n });

/** The 4 or 16 bytes of an address written in full (`::` expanded). */
function toBytes(address: string): number[] {
  if (address.includes('.')) return address.split('.').map(Number);
  const [head, tail = ''] = address.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const words = address.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return words.flatMap((w) => [parseInt(w, 16) >> 8, parseInt(w, 16) & 0xff]);
}

function fromBytes(b: number[]): string {
  if (b.length === 4) return b.join('.');
  const words = [];
  for (let i = 0; i < 16; i += 2) words.push(((b[i] << 8) | b[i + 1]).toString(16));
  return words.join(':');
}

/** A random address inside `cidr`: its prefix bits kept, the rest random. */
function inside(cidr: string): fc.Arbitrary<string> {
  const [base, bits] = cidr.split('/');
  const prefix = toBytes(base);
  return bytes(prefix.length).map((random) =>
    fromBytes(
      prefix.map((p, i) => {
        const keep = Math.max(0, Math.min(8, Number(bits) - i * 8));
        const mask = (0xff << (8 - keep)) & 0xff;
        return (p & mask) | (random[i] & ~mask & 0xff);
      }),
    ),
  );
}

/** The verdict on `http://<address>/` as registration and delivery reach it (URL parser first). */
function verdictOfUrl(address: string) {
  const target = parseWebhookTarget(`http://${address.includes(':') ? `[${address}]` : address}/`);
  if (!target) throw new Error(`not a URL: ${address}`);
  return targetVerdict(target.host, target.host, parseAllowList(''));
}

const words = (b: number[]) => [((b[0] << 8) | b[1]).toString(16), ((b[2] << 8) | b[3]).toString(16)];
const word = fc.integer({ min: 0, max: 0xffff }).map((w) => w.toString(16));
const invert = (b: number[]) => b.map((x) => x ^ 0xff);

/** Every way an IPv4 address travels inside IPv6 (embedding `v4`'s bytes, the rest random). */
const embeddings = (v4: number[]) =>
  fc.oneof(
    fc.constant(`::ffff:${words(v4).join(':')}`), // IPv4-mapped
    fc.constant(`::ffff:0:${words(v4).join(':')}`), // IPv4-translated (RFC 6145/7915)
    fc.constant(`::${words(v4).join(':')}`), // IPv4-compatible (deprecated)
    fc.constant(`64:ff9b::${words(v4).join(':')}`), // NAT64 well-known (RFC 6052)
    fc.tuple(word, word, word).map((r) => `64:ff9b:1:${r.join(':')}:${words(v4).join(':')}`), // NAT64 local use (RFC 8215)
    fc.tuple(word, word, word).map((r) => `2002:${words(v4).join(':')}:${r.join(':')}::1`), // 6to4
    fc.tuple(word, word, word, word).map((r) => `2001:0:${words(v4).join(':')}:${r.join(':')}`), // Teredo server
    fc.tuple(word, word, word, word).map((r) => `2001:0:${r.join(':')}:${words(invert(v4)).join(':')}`), // Teredo client
  );

describe('webhook target addresses against the IANA special-purpose registries (property-based)', () => {
  it.each(V4_SPECIAL)('every address in %s is refused', (cidr) => {
    fc.assert(
      fc.property(inside(cidr), (address) => {
        expect(classifyAddress(address)).not.toBeNull();
        expect(verdictOfUrl(address)).not.toBeNull();
      }),
      { numRuns: 50 },
    );
  });

  it.each(V6_SPECIAL)('every address in %s is refused', (cidr) => {
    fc.assert(
      fc.property(inside(cidr), (address) => {
        expect(classifyAddress(address)).not.toBeNull();
        expect(verdictOfUrl(address)).not.toBeNull();
      }),
      { numRuns: 50 },
    );
  });

  it('an IPv4 address of any special block is refused in every IPv6 form that carries it', () => {
    const anySpecialV4 = fc.constantFrom(...V4_SPECIAL).chain(inside);
    fc.assert(
      fc.property(
        anySpecialV4.chain((v4) => embeddings(toBytes(v4)).map((v6) => [v4, v6] as const)),
        ([v4, v6]) => {
          expect(classifyAddress(v4)).not.toBeNull();
          expect(classifyAddress(v6)).not.toBeNull();
          expect(verdictOfUrl(v6)).not.toBeNull();
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('a private IPv4 address carried in IPv6 is refused as private', () => {
    const privateV4 = fc.constantFrom('10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16').chain(inside);
    const carriers = (v4: number[]) =>
      fc.constantFrom(
        `::ffff:${words(v4).join(':')}`,
        `::ffff:0:${words(v4).join(':')}`,
        `::${words(v4).join(':')}`,
        `64:ff9b::${words(v4).join(':')}`,
        `64:ff9b:1::${words(v4).join(':')}`,
        `2002:${words(v4).join(':')}::`,
        `2001:0:${words(v4).join(':')}::`,
        `2001:0:4136:e378:8000:63bf:${words(invert(v4)).join(':')}`,
      );
    fc.assert(
      fc.property(
        privateV4.chain((v4) => carriers(toBytes(v4))),
        (v6) => expect(verdictOfUrl(v6)).toBe('private'),
      ),
      { numRuns: 1_000 },
    );
  });

  it('a sample of public IPv4 addresses is accepted', () => {
    fc.assert(
      fc.property(
        fc.ipV4().filter((a) => !specialV4.check(a, 'ipv4')),
        (address) => {
          expect(classifyAddress(address)).toBeNull();
          expect(verdictOfUrl(address)).toBeNull();
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('a sample of public IPv6 addresses (global unicast, 2000::/3) is accepted', () => {
    const globalUnicast = inside('2000::/3').filter((a) => !specialV6.check(a, 'ipv6'));
    fc.assert(
      fc.property(globalUnicast, (address) => {
        expect(classifyAddress(address)).toBeNull();
        expect(verdictOfUrl(address)).toBeNull();
      }),
      { numRuns: 2_000 },
    );
  });

  it('a public IPv4 address behind the NAT64 well-known prefix is accepted (what DNS64 answers)', () => {
    const publicV4 = fc.ipV4().filter((a) => !specialV4.check(a, 'ipv4'));
    fc.assert(
      fc.property(publicV4, (v4) => {
        const [prefix] = NAT64_WELL_KNOWN.split('/');
        expect(verdictOfUrl(`${prefix}${words(toBytes(v4)).join(':')}`)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});
