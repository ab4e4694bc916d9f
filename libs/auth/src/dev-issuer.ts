import { randomUUID } from 'node:crypto';
import { chmod, link, mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { DevModeForbiddenError, isProduction } from './dev-mode.guard';

export const DEV_ISSUER_ALGORITHMS = ['ES256', 'RS256'] as const;
export type DevIssuerAlgorithm = (typeof DEV_ISSUER_ALGORITHMS)[number];
export const DEV_AUDIENCE = 'csg-api';
export const DEV_TOKEN_TTL_SECONDS = 3600;
/** Where, under the data folder, the private key set lives. */
export const DEV_ISSUER_KEY_FILE = join('dev-issuer', 'jwks-private.json');

export interface DevIssuerOptions {
  /** The data folder (e.g. `.data`); the key set is kept in `<dataDir>/dev-issuer/jwks-private.json`. */
  dataDir: string;
  /** e.g. `urn:csg:dev-issuer` (the default). */
  issuer: string;
  audience?: string;
  /** Used only when the key set is first created (default ES256). */
  algorithm?: DevIssuerAlgorithm;
  /** Checked for NODE_ENV=production (default `process.env`). */
  env?: Record<string, string | undefined>;
}

export interface DevTokenClaims {
  sub: string;
  name?: string;
  email?: string;
  roles?: string[];
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

/**
 * A development OIDC stand-in (AUTH_MODE=dev only): a signing key pair created on first start and
 * kept in the data folder (mode 0600), its public JWKS, and tokens for any `{sub, name, email,
 * roles}`. Never available with NODE_ENV=production.
 */
export class DevIssuer {
  /** A jose key resolver over the public keys, for `JwtVerifier` (no HTTP needed). */
  readonly keySet: JWTVerifyGetKey;

  private constructor(
    readonly issuer: string,
    readonly audience: string,
    readonly algorithm: DevIssuerAlgorithm,
    readonly kid: string,
    readonly keyFile: string,
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
  ) {
    this.keySet = createLocalJWKSet(this.jwks());
  }

  static async open(options: DevIssuerOptions): Promise<DevIssuer> {
    if (isProduction(options.env ?? process.env)) {
      throw new DevModeForbiddenError('the development issuer cannot start with NODE_ENV=production');
    }
    if (!options.issuer) throw new TypeError('DevIssuer: issuer is required');
    const keyFile = join(options.dataDir, DEV_ISSUER_KEY_FILE);
    const privateJwk = await loadOrCreateKey(keyFile, options.algorithm ?? 'ES256');
    const algorithm = privateJwk.alg as DevIssuerAlgorithm;
    const privateKey = (await importJWK(privateJwk, algorithm)) as CryptoKey;
    const publicJwk = toPublicJwk(privateJwk);
    return new DevIssuer(
      options.issuer,
      options.audience ?? DEV_AUDIENCE,
      algorithm,
      privateJwk.kid as string,
      keyFile,
      privateKey,
      publicJwk,
    );
  }

  /** The public key set to serve (e.g. at `<issuer>/.well-known/jwks.json`). */
  jwks(): JSONWebKeySet {
    return { keys: [{ ...this.publicJwk }] };
  }

  async mint(claims: DevTokenClaims, options: { expiresInSeconds?: number } = {}): Promise<string> {
    const ttl = options.expiresInSeconds ?? DEV_TOKEN_TTL_SECONDS;
    if (!Number.isInteger(ttl) || ttl <= 0 || ttl > 86_400)
      throw new RangeError('expiresInSeconds must be 1..86400');
    if (typeof claims.sub !== 'string' || claims.sub.trim() === '') throw new TypeError('sub is required');
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({
      ...(claims.name !== undefined ? { name: claims.name } : {}),
      ...(claims.email !== undefined ? { email: claims.email } : {}),
      roles: [...(claims.roles ?? [])],
    })
      .setProtectedHeader({ alg: this.algorithm, kid: this.kid, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setAudience(this.audience)
      .setSubject(claims.sub)
      .setIssuedAt(now)
      .setExpirationTime(now + ttl)
      .setJti(randomUUID())
      .sign(this.privateKey);
  }
}

async function loadOrCreateKey(keyFile: string, algorithm: DevIssuerAlgorithm): Promise<JWK> {
  const existing = await readKeyFile(keyFile);
  if (existing) return existing;
  await mkdir(join(keyFile, '..'), { recursive: true, mode: 0o700 });
  const created = await generatePrivateJwk(algorithm);
  // Create-if-absent, atomically: a complete temporary file is hard-linked into place, so two
  // processes starting together end up with the same key (the loser reads the winner's).
  const temporary = `${keyFile}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ keys: [created] }, null, 2)}\n`, {
    mode: 0o600,
    flag: 'wx',
  });
  try {
    await link(temporary, keyFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
  const stored = await readKeyFile(keyFile);
  if (!stored) throw new Error(`DevIssuer: could not create ${keyFile}`);
  return stored;
}

async function readKeyFile(keyFile: string): Promise<JWK | undefined> {
  let text: string;
  try {
    text = await readFile(keyFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (((await stat(keyFile)).mode & 0o077) !== 0) await chmod(keyFile, 0o600);
  const jwk = (JSON.parse(text) as { keys?: JWK[] }).keys?.[0];
  const known = (DEV_ISSUER_ALGORITHMS as readonly string[]).includes(jwk?.alg ?? '');
  if (!jwk || !known || typeof jwk.kid !== 'string' || typeof jwk.d !== 'string') {
    throw new Error(
      `DevIssuer: ${keyFile} does not hold an ES256/RS256 private JWK with a kid; delete it to start over`,
    );
  }
  return jwk;
}

async function generatePrivateJwk(algorithm: DevIssuerAlgorithm): Promise<JWK> {
  const { privateKey } = await generateKeyPair(algorithm, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(toPublicJwk(jwk));
  return { ...jwk, kid, alg: algorithm, use: 'sig' };
}

function toPublicJwk(jwk: JWK): JWK {
  const copy: Record<string, unknown> = { ...jwk };
  for (const member of PRIVATE_MEMBERS) delete copy[member];
  delete copy.key_ops;
  delete copy.ext;
  return copy as JWK;
}
