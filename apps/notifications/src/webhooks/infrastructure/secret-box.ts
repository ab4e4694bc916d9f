import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * The development default key for webhook signing secrets. Documented in the README: anyone who
 * reads the repository knows it, so production sets WEBHOOK_SECRET_KEY (and refuses to start without it).
 */
const DEV_DEFAULT_KEY = 'csg-dev-webhook-secret-key-do-not-use-in-production';

/**
 * Encrypts webhook signing secrets at rest (AES-256-GCM). They cannot be hashed: the service
 * needs them to sign. The key comes from WEBHOOK_SECRET_KEY (any string; hashed to 256 bits).
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    const configured = env.WEBHOOK_SECRET_KEY;
    if (!configured && env.NODE_ENV === 'production')
      throw new Error('WEBHOOK_SECRET_KEY is required in production (it encrypts webhook signing secrets)');
    this.key = createHash('sha256')
      .update(configured || DEV_DEFAULT_KEY)
      .digest();
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [
      'v1',
      iv.toString('base64'),
      cipher.getAuthTag().toString('base64'),
      body.toString('base64'),
    ].join('.');
  }

  open(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1') throw new Error('unknown sealed secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }
}
