/** Headers that carry credentials, as Node gives their names (lower case) and as callers often spell them. */
const SECRET_HEADERS = [
  'authorization',
  'Authorization',
  'proxy-authorization',
  'cookie',
  'Cookie',
  'set-cookie',
  'Set-Cookie',
  'x-api-key',
];

/** Where headers appear in a log line: a request or response logged whole, or its headers alone. */
const HEADER_HOLDERS = ['headers', 'req.headers', 'res.headers', 'request.headers', 'response.headers'];

/** Field names of secrets: what the services issue and verify, and what configures them. */
const SECRET_FIELDS = [
  // bearer and refresh tokens, integration API keys, the unsubscribe link's token
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'idToken',
  'id_token',
  'apiKey',
  'api_key',
  // signing secrets (webhooks, OIDC clients, unsubscribe links, check-in codes), passwords, keys
  'secret',
  'previousSecret',
  'clientSecret',
  'client_secret',
  'webhookSecret',
  'signingSecret',
  'password',
  'passphrase',
  'privateKey',
  'private_key',
  // the environment variables that carry secrets
  'DATABASE_URL',
  'BUS_DATABASE_URL',
  'SMTP_URL',
  'EMBEDDED_PG_PASSWORD',
  'KAFKA_SASL_PASSWORD',
  'SESSIONS_CHECK_IN_SECRET',
  'MAIL_UNSUBSCRIBE_SECRET',
  'WEBHOOK_SECRET_KEY',
];

/**
 * Where those fields appear: the log line itself, a configuration or environment dump, client
 * options (Kafka's `sasl`), a request's body or query string.
 */
const FIELD_HOLDERS = [
  '',
  'config',
  'env',
  'options',
  'auth',
  'sasl',
  'config.sasl',
  'options.sasl',
  'body',
  'query',
  'req.body',
  'req.query',
];

const at = (holder: string, key: string) => `${holder}[${JSON.stringify(key)}]`;

/**
 * pino `redact` paths (ADR 0072): explicit, because each wildcard path costs pino's redaction
 * about 2.5 µs on every line (measured), while explicit paths cost nothing on lines that do not
 * hold their first key. A field that nests a secret elsewhere needs its path here; the
 * log-scan end-to-end test (apps/embedded/test/logs-carry-no-secrets.e2e-spec.ts) is the net.
 */
export const REDACTED_PATHS: readonly string[] = [
  ...HEADER_HOLDERS.flatMap((holder) => SECRET_HEADERS.map((name) => at(holder, name))),
  ...FIELD_HOLDERS.flatMap((holder) => SECRET_FIELDS.map((name) => at(holder, name))),
];

/** What a redacted value reads as. */
export const REDACTED = '[Redacted]';
