import { BlockList, isIP } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { edgeProblem, sendProblem } from './edge-problem';

/** A `BlockList` of the CIDRs (or single addresses) given; a malformed entry stops the start. */
export function addressList(cidrs: string[]): BlockList {
  const list = new BlockList();
  for (const entry of cidrs) {
    const [address, bits] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new RangeError(`METRICS_ALLOW: "${entry}" is not an address or CIDR`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32))
        throw new RangeError(`METRICS_ALLOW: "${entry}" has a bad prefix length`);
      list.addSubnet(address, prefix, type);
    }
  }
  return list;
}

/** Whether `ip` (as Fastify reports the client, IPv4-mapped IPv6 included) is in the list. */
export function isAllowed(list: BlockList, ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const address = mapped ? mapped[1] : ip;
  const family = isIP(address);
  if (family === 0) return false;
  return list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/**
 * `/metrics` answers only clients in `METRICS_ALLOW` (default: loopback and private networks,
 * where Prometheus scrapes from); anyone else gets the 404 an unknown route gets.
 */
export function restrictMetrics(fastify: FastifyInstance, allow: string[]): void {
  const list = addressList(allow);
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.url.split('?')[0] !== '/metrics') return;
    if (isAllowed(list, request.ip)) return;
    return sendProblem(reply, edgeProblem(404, 'not-found', 'Not found', 'No such route.'));
  });
}
