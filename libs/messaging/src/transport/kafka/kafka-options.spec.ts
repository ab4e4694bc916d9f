import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkaOptionsFromEnv, KafkaSettingsError } from './kafka-options';

describe('kafkaOptionsFromEnv: SASL and TLS settings', () => {
  let dir: string;
  let ca: string;
  let cert: string;
  let key: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kafka-options-'));
    const pem = (name: string, kind: string) => {
      const path = join(dir, name);
      writeFileSync(path, `-----BEGIN ${kind}-----\nAAAA\n-----END ${kind}-----\n`);
      return path;
    };
    ca = pem('ca.pem', 'CERTIFICATE');
    cert = pem('client.pem', 'CERTIFICATE');
    key = pem('client.key', 'PRIVATE KEY');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const base = { KAFKA_BROKERS: 'kafka-1:9093,kafka-2:9093' };
  const options = (env: NodeJS.ProcessEnv) => kafkaOptionsFromEnv('csg-agencies', { ...base, ...env });

  it('connects in plain text without SASL when nothing is set', () => {
    const o = options({});
    expect(o.brokers).toEqual(['kafka-1:9093', 'kafka-2:9093']);
    expect(o.sasl).toBeUndefined();
    expect(o.ssl).toBeUndefined();
  });

  it('logs in with SCRAM-SHA-512 over TLS trusting the given CA', () => {
    const o = options({
      KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
      KAFKA_SASL_USERNAME: 'agencies',
      KAFKA_SASL_PASSWORD: 's3cret',
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: ca,
    });
    expect(o.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'agencies', password: 's3cret' });
    expect(o.ssl).toEqual({ ca: expect.stringContaining('BEGIN CERTIFICATE'), rejectUnauthorized: true });
  });

  it('turns TLS on when a CA or client certificate file is given, and reads the client pair for mutual TLS', () => {
    const o = options({ KAFKA_SSL_CERT_FILE: cert, KAFKA_SSL_KEY_FILE: key });
    expect(o.ssl?.cert).toContain('BEGIN CERTIFICATE');
    expect(o.ssl?.key).toContain('BEGIN PRIVATE KEY');
    expect(o.ssl?.rejectUnauthorized).toBe(true);
  });

  it('uses the system CAs with KAFKA_SSL=true and no CA file', () => {
    expect(options({ KAFKA_SSL: 'true' }).ssl).toEqual({ rejectUnauthorized: true });
  });

  it.each([
    [
      { KAFKA_SASL_MECHANISM: 'gssapi', KAFKA_SASL_USERNAME: 'a', KAFKA_SASL_PASSWORD: 'b' },
      /must be one of/,
    ],
    [{ KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'agencies' }, /needs KAFKA_SASL_USERNAME/],
    [{ KAFKA_SASL_USERNAME: 'agencies', KAFKA_SASL_PASSWORD: 'x' }, /MECHANISM is not/],
    [{ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'a', KAFKA_SASL_PASSWORD: 'b' }, /in clear/],
    [{ KAFKA_SSL: 'yes' }, /must be true or false/],
    [{ KAFKA_SSL: 'false', KAFKA_SSL_CA_FILE: 'x' }, /contradicts/],
    [{ KAFKA_SSL_CERT_FILE: 'x' }, /go together/],
    [{ KAFKA_SSL_CA_FILE: '/nonexistent/ca.pem' }, /cannot be read/],
    [{ KAFKA_SSL: 'true', KAFKA_SSL_REJECT_UNAUTHORIZED: 'false', NODE_ENV: 'production' }, /refused/],
  ])('refuses settings that cannot work: %j', (env, message) => {
    expect(() => options(env)).toThrow(KafkaSettingsError);
    expect(() => options(env)).toThrow(message);
  });

  it('refuses a CA file that is not PEM', () => {
    const notPem = join(dir, 'ca.der');
    writeFileSync(notPem, Buffer.from([0x30, 0x82, 0x01]));
    expect(() => options({ KAFKA_SSL_CA_FILE: notPem })).toThrow(/not a PEM file/);
  });

  it('allows skipping certificate checks outside production only', () => {
    expect(options({ KAFKA_SSL: 'true', KAFKA_SSL_REJECT_UNAUTHORIZED: 'false' }).ssl).toEqual({
      rejectUnauthorized: false,
    });
  });
});
