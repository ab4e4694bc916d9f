import { createOpenApiDocument } from '@csg/http';
import { ProcessRootModule } from '@csg/runtime';
import type { OpenAPIObject } from '@nestjs/swagger';
import { EMBEDDED_TITLE } from '../embedded-platform';
import { SERVICES } from '../services';

/** Where the committed contract lives, relative to the repository root. */
export const OPENAPI_CONTRACT_PATH = 'docs/openapi.json';

/**
 * The settings the contract is built under: a production deployment (OIDC, so no development
 * token routes), served from its own origin. Placeholders only: nothing is contacted.
 */
const CONTRACT_ENV: Readonly<Record<string, string>> = {
  AUTH_MODE: 'oidc',
  OIDC_ISSUER: 'https://idp.example/realms/csg',
  OIDC_AUDIENCE: 'csg-api',
  OIDC_JWKS_URL: 'https://idp.example/realms/csg/protocol/openid-connect/certs',
};

function withEnv<T>(env: Readonly<Record<string, string>>, work: () => T): T {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return work();
  } finally {
    for (const [key, value] of Object.entries(saved))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  }
}

/**
 * The OpenAPI document of every declared service, built from the code without a database or a
 * broker, the same way on every machine: what `npm run openapi` writes to docs/openapi.json and
 * what the drift and breaking-change checks compare (ADR 62).
 */
export async function buildOpenApiContract(): Promise<OpenAPIObject> {
  const root = withEnv(CONTRACT_ENV, () =>
    ProcessRootModule.compose({
      transport: () => {
        throw new Error('the contract is built in preview mode: no transport');
      },
      services: SERVICES.map((declaration) => ({ declaration, databaseUrl: 'postgres://unused/contract' })),
    }),
  );
  return createOpenApiDocument(root, { title: EMBEDDED_TITLE, serverUrl: '/' });
}

/** The document as committed: two-space JSON with a final newline. */
export function serialiseContract(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
