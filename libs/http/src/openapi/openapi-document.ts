import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { applyApiPrefix } from '../api-prefix';
import { PUBLIC_OPERATION_EXTENSION } from './api-responses.decorator';
import { addEdgeResponses, HTTP_METHODS } from './edge-responses';
import { documentValidationBounds } from './validation-bounds';

export const DOCS_PATH = 'api/docs';
export const DOCS_JSON_PATHS = ['/api/docs/openapi.json', '/api/docs-json'] as const;
const PACKAGE_NAME = 'cybersecuregov-backend';

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

export interface OpenApiDocumentOptions {
  title: string;
  /** The `servers` entry (`PUBLIC_BASE_URL` when served); `/` (this origin) when absent. */
  serverUrl?: string;
}

/**
 * The OpenAPI document of the process's routes: bearer JWTs and `csg_…` API keys as security
 * schemes, every component schema closed (`additionalProperties: false`: an answer or a body with
 * an undocumented field is wrong), the bounds class-validator enforces on each DTO property, and
 * the answers the HTTP edge gives on its own (ADR 62).
 */
export function buildOpenApiDocument(app: INestApplication, options: OpenApiDocumentOptions): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(options.title)
    .setDescription(
      'The CyberSecureGov collaboration API. Errors are RFC 9457 problem documents ' +
        '(`application/problem+json`); lists are keyset-paginated; every aggregate has a `version`, ' +
        'returned as `ETag`; `If-Match` on a change answers 412 when stale.',
    )
    .setVersion(packageVersion())
    .setLicense('Proprietary', 'https://cybersecuregov.example/license')
    .addServer(options.serverUrl?.trim() || '/', 'this deployment')
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
  documentValidationBounds();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  return finaliseDocument(document);
}

/**
 * The document of `module`'s routes without running it: NestJS's preview mode registers the
 * modules and controllers but instantiates nothing (no database, no broker), so `npm run openapi`
 * and the drift test build the same document the served application does.
 */
export async function createOpenApiDocument(
  module: unknown,
  options: OpenApiDocumentOptions,
): Promise<OpenAPIObject> {
  const app = await NestFactory.create(module as never, new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  try {
    applyApiPrefix(app);
    return buildOpenApiDocument(app, options);
  } finally {
    await app.close();
  }
}

/**
 * Public operations get an empty `security`; object schemas without a say become closed; a lone
 * `allOf: [$ref]` (what @nestjs/swagger writes for an enum property) becomes the `$ref`; every
 * operation lists the edge's own answers.
 */
export function finaliseDocument(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
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
  unwrapLoneAllOf(document);
  addEdgeResponses(document);
  return document;
}

/** `{ allOf: [{ $ref }] }` with nothing beside it is the `$ref` (Redocly's no-illogical-composition-keywords). */
function unwrapLoneAllOf(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(unwrapLoneAllOf);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    const schema = value as { allOf?: Array<{ $ref?: string }> } | undefined;
    const lone = schema?.allOf?.length === 1 && Object.keys(schema).length === 1 && schema.allOf[0].$ref;
    if (lone) record[key] = { $ref: lone };
    else unwrapLoneAllOf(value);
  }
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
