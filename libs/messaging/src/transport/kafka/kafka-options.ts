import { readFileSync } from 'node:fs';

export type KafkaSaslMechanism = 'scram-sha-512' | 'scram-sha-256' | 'plain';

/** SASL login of this process's principal (`User:<username>` in the broker's ACLs). */
export interface KafkaSaslOptions {
  mechanism: KafkaSaslMechanism;
  username: string;
  password: string;
}

/** TLS to the brokers: PEM contents (not paths), as Node's `tls.connect` takes them. */
export interface KafkaSslOptions {
  /** CA certificate(s) that signed the brokers' certificates; Node's default CAs when absent. */
  ca?: string;
  /** Client certificate and key, for brokers that require mutual TLS. */
  cert?: string;
  key?: string;
  /** Verify the brokers' certificates and host names (never off in production). */
  rejectUnauthorized: boolean;
}

export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  /** Partitions of the topics this process creates. */
  partitions: number;
  replicationFactor: number;
  sessionTimeoutMs: number;
  /** A consumer that has neither heartbeated nor fetched for this long is stalled: not ready, restarted. */
  stallTimeoutMs: number;
  /** Partitions a consumer handles at once (default 3). */
  partitionsConsumedConcurrently?: number;
  sasl?: KafkaSaslOptions;
  ssl?: KafkaSslOptions;
}

const MECHANISMS: readonly KafkaSaslMechanism[] = ['scram-sha-512', 'scram-sha-256', 'plain'];

/** A setting that cannot work: the process refuses to start rather than connect without it. */
export class KafkaSettingsError extends Error {
  override readonly name = 'KafkaSettingsError';
}

export function kafkaOptionsFromEnv(
  clientId: string,
  env: NodeJS.ProcessEnv = process.env,
): KafkaTransportOptions {
  const brokers = (env.KAFKA_BROKERS ?? '')
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
  if (brokers.length === 0) throw new Error('KAFKA_BROKERS is not set (comma-separated host:port list)');
  const ssl = sslFromEnv(env);
  const sasl = saslFromEnv(env);
  if (sasl?.mechanism === 'plain' && !ssl)
    throw new KafkaSettingsError(
      'KAFKA_SASL_MECHANISM=plain sends the password in clear: set KAFKA_SSL=true',
    );
  return {
    brokers,
    clientId,
    partitions: Number(env.KAFKA_PARTITIONS ?? 6),
    replicationFactor: Number(env.KAFKA_REPLICATION_FACTOR ?? 1),
    sessionTimeoutMs: Number(env.KAFKA_SESSION_TIMEOUT_MS ?? 30_000),
    stallTimeoutMs: Number(env.KAFKA_STALL_TIMEOUT_MS ?? 60_000),
    partitionsConsumedConcurrently: Number(env.KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY ?? 3),
    ...(sasl ? { sasl } : {}),
    ...(ssl ? { ssl } : {}),
  };
}

function saslFromEnv(env: NodeJS.ProcessEnv): KafkaSaslOptions | undefined {
  const mechanism = env.KAFKA_SASL_MECHANISM?.trim().toLowerCase();
  if (!mechanism) {
    if (env.KAFKA_SASL_USERNAME || env.KAFKA_SASL_PASSWORD)
      throw new KafkaSettingsError('KAFKA_SASL_USERNAME/PASSWORD are set but KAFKA_SASL_MECHANISM is not');
    return undefined;
  }
  if (!MECHANISMS.includes(mechanism as KafkaSaslMechanism))
    throw new KafkaSettingsError(`KAFKA_SASL_MECHANISM must be one of ${MECHANISMS.join(', ')}`);
  const username = env.KAFKA_SASL_USERNAME ?? '';
  const password = env.KAFKA_SASL_PASSWORD ?? '';
  if (!username || !password)
    throw new KafkaSettingsError('KAFKA_SASL_MECHANISM needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
  return { mechanism: mechanism as KafkaSaslMechanism, username, password };
}

function sslFromEnv(env: NodeJS.ProcessEnv): KafkaSslOptions | undefined {
  const files = {
    ca: env.KAFKA_SSL_CA_FILE?.trim(),
    cert: env.KAFKA_SSL_CERT_FILE?.trim(),
    key: env.KAFKA_SSL_KEY_FILE?.trim(),
  };
  const enabled = flag(env, 'KAFKA_SSL', Boolean(files.ca || files.cert || files.key));
  if (!enabled) {
    if (files.ca || files.cert || files.key)
      throw new KafkaSettingsError('KAFKA_SSL=false contradicts the KAFKA_SSL_*_FILE settings');
    return undefined;
  }
  if (Boolean(files.cert) !== Boolean(files.key))
    throw new KafkaSettingsError('KAFKA_SSL_CERT_FILE and KAFKA_SSL_KEY_FILE go together (mutual TLS)');
  const rejectUnauthorized = flag(env, 'KAFKA_SSL_REJECT_UNAUTHORIZED', true);
  if (!rejectUnauthorized && env.NODE_ENV === 'production')
    throw new KafkaSettingsError('KAFKA_SSL_REJECT_UNAUTHORIZED=false is refused when NODE_ENV=production');
  return {
    ...(files.ca ? { ca: readPem('KAFKA_SSL_CA_FILE', files.ca) } : {}),
    ...(files.cert ? { cert: readPem('KAFKA_SSL_CERT_FILE', files.cert) } : {}),
    ...(files.key ? { key: readPem('KAFKA_SSL_KEY_FILE', files.key) } : {}),
    rejectUnauthorized,
  };
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new KafkaSettingsError(`${name} must be true or false, not "${env[name]}"`);
}

function readPem(variable: string, path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new KafkaSettingsError(`${variable}=${path} cannot be read: ${(error as Error).message}`);
  }
  if (!text.includes('-----BEGIN ')) throw new KafkaSettingsError(`${variable}=${path} is not a PEM file`);
  return text;
}
