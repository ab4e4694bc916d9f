import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { PUBLIC_OPERATION_EXTENSION } from './api-responses.decorator';

export const DOCS_PATH = 'api/docs';
export const DOCS_JSON_PATHS = ['/api/docs/openapi.json', '/api/docs-json'] as const;
const PACKAGE_NAME = 'cybersecuregov-backend';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** The version in the project's package.json (what the document's `info.version` says). */
export function packageVersion(from = __dirname): string {
  if (process.env.npm_package_name === PACKAGE_NAME && process.env.npm_package_version)
    return process.env.npm_package_version;
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
    if (pkg.name === PACKAGE_NAME && pkg.version) return pkg.version;
  }
  return '0.0.0';
}

/**
 * The OpenAPI document of the process's routes: bearer JWTs and `csg_…` API keys as security
 * schemes, `servers` from `PUBLIC_BASE_URL` (else this origin), every component schema closed
 * (`additionalProperties: false`: an answer or a body with an undocumented field is wrong).
 */
export function buildOpenApiDocument(app: INestApplication, title: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(title)
    .setDescription(
      'The CyberSecureGov collaboration API. Errors are RFC 9457 problem documents ' +
        '(`application/problem+json`); lists are keyset-paginated; every aggregate has a `version`, ' +
        'returned as `ETag`; `If-Match` on a change answers 412 when stale.',
    )
    .setVersion(packageVersion())
    .setLicense('Proprietary', 'https://cybersecuregov.example/license')
    .addServer(process.env.PUBLIC_BASE_URL?.trim() || '/', 'this deployment')
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: "an OIDC access token from the platform's identity provider (or the dev issuer)",
      },
      'bearer',
    )
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'csg_ API key',
        description:
          'an integration API key, sent as `Authorization: Bearer csg_…` (shown once when the client is created)',
      },
      'api-key',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  return finaliseDocument(document);
}

/** Public operations get an empty `security`; object schemas without a say become closed. */
export function finaliseDocument(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method] as (Record<string, unknown> & { security?: unknown }) | undefined;
      if (!operation) continue;
      if (operation[PUBLIC_OPERATION_EXTENSION]) {
        delete operation[PUBLIC_OPERATION_EXTENSION];
        operation.security = [];
      }
    }
  }
  for (const schema of Object.values(document.components?.schemas ?? {})) {
    const object = schema as { type?: string; properties?: unknown; additionalProperties?: unknown };
    if ((object.type === 'object' || object.properties) && object.additionalProperties === undefined)
      object.additionalProperties = false;
  }
  return document;
}

/** Serves the UI at /api/docs and the document at /api/docs/openapi.json and /api/docs-json. */
export function serveOpenApiDocument(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup(DOCS_PATH, app, document, {
    jsonDocumentUrl: DOCS_JSON_PATHS[0].slice(1),
    customSiteTitle: document.info.title,
  });
  app
    .getHttpAdapter()
    .get(DOCS_JSON_PATHS[1], (_request: unknown, reply: { type(t: string): { send(b: unknown): void } }) =>
      reply.type('application/json').send(document),
    );
}
