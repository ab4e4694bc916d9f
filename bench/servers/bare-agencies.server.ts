/**
 * The bare baseline of the API cases: Fastify + pg, no framework. `POST /agencies` validates its
 * body with a JSON schema and writes the row and an outbox row in one transaction; `GET
 * /agencies/:id` is one SELECT by primary key. Env: DATABASE_URL, PORT.
 */
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS agencies (
    id uuid PRIMARY KEY, name text NOT NULL, acronym text NOT NULL, tier text NOT NULL,
    jurisdiction text, sector text NOT NULL, contact_email text NOT NULL, website text,
    status text NOT NULL, version integer NOT NULL, created_at timestamptz NOT NULL);
  CREATE UNIQUE INDEX IF NOT EXISTS agencies_acronym_key ON agencies (lower(acronym));
  CREATE TABLE IF NOT EXISTS outbox (
    id bigserial PRIMARY KEY, topic text NOT NULL, message_key text NOT NULL,
    headers jsonb NOT NULL, value text NOT NULL, published_at timestamptz);`;

const body = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'acronym', 'tier', 'sector', 'contactEmail'],
  properties: {
    name: { type: 'string', minLength: 2, maxLength: 200 },
    acronym: { type: 'string', pattern: '^[A-Za-z0-9&.\\- ]{2,20}$' },
    tier: { enum: ['FEDERAL', 'PROVINCIAL', 'DEPARTMENTAL'] },
    jurisdiction: { type: 'string', minLength: 2, maxLength: 100 },
    sector: { type: 'string', maxLength: 40 },
    contactEmail: { type: 'string', format: 'email', maxLength: 254 },
    website: { type: 'string', format: 'uri', maxLength: 2048 },
  },
};

type Agency = {
  name: string;
  acronym: string;
  tier: string;
  jurisdiction?: string;
  sector: string;
  contactEmail: string;
  website?: string;
};

app.post<{ Body: Agency }>('/agencies', { schema: { body } }, async (request, reply) => {
  const a = request.body;
  const row = { id: randomUUID(), ...a, status: 'ACTIVE', version: 1, createdAt: new Date() };
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO agencies (id, name, acronym, tier, jurisdiction, sector, contact_email, website, status, version, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        row.id,
        a.name,
        a.acronym,
        a.tier,
        a.jurisdiction ?? null,
        a.sector,
        a.contactEmail,
        a.website ?? null,
        row.status,
        row.version,
        row.createdAt,
      ],
    );
    await client.query(`INSERT INTO outbox (topic, message_key, headers, value) VALUES ($1, $2, $3, $4)`, [
      'csg.agencies',
      row.id,
      JSON.stringify({ ce_id: randomUUID(), ce_type: 'csg.agencies.agency.registered.v1' }),
      JSON.stringify(row),
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return reply.code(201).send(row);
});

app.get<{ Params: { id: string } }>('/agencies/:id', async (request, reply) => {
  const { rows } = await pool.query('SELECT * FROM agencies WHERE id = $1', [request.params.id]);
  if (rows.length === 0) return reply.code(404).send({ status: 404 });
  return rows[0];
});

app.get('/health', async () => ({ ok: true }));

pool
  .query(SCHEMA)
  .then(() => app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }))
  .catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  });
process.on('SIGTERM', () => void app.close().then(() => pool.end().then(() => process.exit(0))));
