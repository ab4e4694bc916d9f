import Fastify, { type FastifyInstance } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { recordProvenRefusal } from './authentication-failures';
import { registerRateLimits } from './rate-limits';

/** A JWT-shaped credential naming `sub` (the edge never reads it; the stand-in below does). */
const token = (kind: 'genuine' | 'proven' | 'forged', sub: string, n = 0) =>
  `e30.${Buffer.from(JSON.stringify({ sub, kind, n })).toString('base64url')}.c2ln`;

/**
 * The edge's failure counting on a bare Fastify, with a stand-in for the authentication layer: a
 * `genuine` token is accepted, a `proven` one proved its `sub` and was refused (an expired token
 * of the issuer's), a `forged` one is a guess that names a `sub` it cannot prove.
 */
async function edgeWithStandInAuth(limits: { perAddress: number; perCredential: number }) {
  const fastify: FastifyInstance = Fastify();
  const app = {
    register: (plugin: never, options: never) => fastify.register(plugin, options),
    getHttpAdapter: () => ({ getInstance: () => fastify }),
  } as unknown as NestFastifyApplication;
  await registerRateLimits(app, {
    windowMs: 60_000,
    tokensPerAddress: 100,
    tokensPerSubject: 100,
    authFailuresPerAddress: limits.perAddress,
    authFailuresPerPrincipal: limits.perCredential,
    publicLookupsPerAddress: 100,
  });
  fastify.get('/me', async (request, reply) => {
    const payload = request.headers.authorization?.split('.')[1] ?? '';
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString() || '{}') as {
      sub?: string;
      kind?: string;
    };
    if (claims.kind === 'genuine') return { sub: claims.sub };
    if (claims.kind === 'proven') recordProvenRefusal(request, `person:${claims.sub}`);
    return reply.code(401).send({ status: 401 });
  });
  await fastify.ready();
  const get = (credential: string, remoteAddress: string) =>
    fastify
      .inject({
        method: 'GET',
        url: '/me',
        remoteAddress,
        headers: { authorization: `Bearer ${credential}` },
      })
      .then((r) => r.statusCode);
  return { fastify, get };
}

describe('authentication failure limits (ADR 0057)', () => {
  it("lets no guess naming the victim make the victim's genuine credential get 429, from any address", async () => {
    const { fastify, get } = await edgeWithStandInAuth({ perAddress: 100, perCredential: 3 });
    try {
      for (let i = 0; i < 25; i++) expect(await get(token('forged', 'victim', i), '203.0.113.66')).toBe(401);
      expect(await get(token('genuine', 'victim'), '198.51.100.7')).toBe(200);
      expect(await get(token('genuine', 'victim'), '203.0.113.66')).toBe(200);
    } finally {
      await fastify.close();
    }
  });

  it("still stops guessing from one address once the address's limit is spent", async () => {
    const { fastify, get } = await edgeWithStandInAuth({ perAddress: 5, perCredential: 3 });
    try {
      for (let i = 0; i < 5; i++) expect(await get(token('forged', 'someone', i), '203.0.113.67')).toBe(401);
      expect(await get(token('forged', 'someone', 6), '203.0.113.67')).toBe(429);
      expect(await get(token('genuine', 'victim'), '203.0.113.67')).toBe(429);
      expect(await get(token('genuine', 'victim'), '198.51.100.8')).toBe(200);
    } finally {
      await fastify.close();
    }
  });

  it('stops a proven but refused credential from any address, and no other credential of its principal', async () => {
    const { fastify, get } = await edgeWithStandInAuth({ perAddress: 100, perCredential: 3 });
    try {
      for (let i = 0; i < 3; i++)
        expect(await get(token('proven', 'alice', 1), `198.51.100.${20 + i}`)).toBe(401);
      expect(await get(token('proven', 'alice', 1), '198.51.100.30')).toBe(429);
      expect(await get(token('proven', 'alice', 2), '198.51.100.30')).toBe(401);
      expect(await get(token('genuine', 'alice'), '198.51.100.30')).toBe(200);
    } finally {
      await fastify.close();
    }
  });
});
