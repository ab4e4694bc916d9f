import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtension, ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '../problem/problem-details';
import { ProblemDocumentSchema } from './problem-document.schema';

/** The 4xx answers a route can give, each an RFC 9457 problem document. */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 414 | 415 | 422 | 429 | 431;

const PROBLEM_DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'invalid request: each invalid field is listed in `errors`',
  401: 'no credentials, or credentials that are not valid',
  403: "the caller's roles do not allow this action",
  404: 'no such resource, or one the caller may not see',
  409: 'conflicts with the current state (the problem `code` says which rule)',
  412: '`If-Match` names a version that is no longer current',
  413: 'the body is larger than the configured limit',
  414: 'a path segment is longer than the server accepts',
  415: 'the body is not `application/json`',
  422: 'well-formed but breaks a business rule',
  429: 'too many requests from this address or principal: wait `Retry-After` seconds',
  431: 'the request headers are larger than the server accepts',
};

const text = (description: string, example?: string) => ({
  description,
  schema: { type: 'string', ...(example ? { example } : {}) },
});

const PROBLEM_HEADERS: Partial<Record<ProblemStatus, Record<string, unknown>>> = {
  401: { 'WWW-Authenticate': text('the bearer challenge', 'Bearer realm="csg-api"') },
  429: {
    'Retry-After': { description: 'seconds until a request may succeed', schema: { type: 'integer' } },
    'RateLimit-Limit': { description: 'requests allowed in the window', schema: { type: 'integer' } },
    'RateLimit-Remaining': { description: 'requests left in the window (0)', schema: { type: 'integer' } },
    'RateLimit-Reset': { description: 'seconds until the window resets', schema: { type: 'integer' } },
  },
};

/** The OpenAPI response object of a problem answer (what `@ApiProblems` documents for `status`). */
export function problemResponse(status: ProblemStatus) {
  return {
    description: PROBLEM_DESCRIPTIONS[status],
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemDocumentSchema) } } },
    ...(PROBLEM_HEADERS[status] ? { headers: PROBLEM_HEADERS[status] as never } : {}),
  };
}

/** The problem documents a route answers with, one entry per status. */
export function ApiProblems(...statuses: ProblemStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDocumentSchema),
    ...[...new Set(statuses)].map((status) => ApiResponse({ status, ...problemResponse(status) })),
  );
}

interface ViewResponseOptions {
  description?: string;
  /** The answer carries the resource's version as a strong `ETag`. */
  etag?: boolean;
  /**
   * Other media types the route answers with when `Accept` asks for them (`text/csv`, an xlsx
   * workbook): a `text/*` one is documented as a string, any other as binary.
   */
  alsoAs?: readonly string[];
}

const ETAG = { ETag: text('the resource version, for `If-Match`', '"3"') };

function headers(options: ViewResponseOptions & { location?: boolean; idempotent?: boolean }) {
  return {
    ...(options.etag ? ETAG : {}),
    ...(options.location ? { Location: text('where the created resource lives') } : {}),
    ...(options.idempotent
      ? { 'Idempotent-Replayed': text('`true` when this is the stored answer to an earlier request', 'true') }
      : {}),
  };
}

const otherMediaType = (type: string) =>
  type.startsWith('text/')
    ? { schema: { type: 'string' } }
    : { schema: { type: 'string', format: 'binary' } };

function viewResponse(status: number, schema: object, options: Parameters<typeof headers>[0]) {
  const responseHeaders = headers(options);
  const others = (options.alsoAs ?? []).map((type) => [type, otherMediaType(type)]);
  return ApiResponse({
    status,
    description: options.description ?? (status === 201 ? 'created' : 'OK'),
    content: { 'application/json': { schema }, ...Object.fromEntries(others) },
    ...(Object.keys(responseHeaders).length > 0 ? { headers: responseHeaders as never } : {}),
  });
}

/** 200 with one view of a resource. */
export function ApiOkView(view: Type<unknown>, options: ViewResponseOptions = {}): MethodDecorator {
  return applyDecorators(ApiExtraModels(view), viewResponse(200, { $ref: getSchemaPath(view) }, options));
}

/** 201 with the created resource (`Location`, and `Idempotent-Replayed` on a retry when `idempotent`). */
export function ApiCreatedView(
  view: Type<unknown>,
  options: ViewResponseOptions & { location?: boolean; idempotent?: boolean } = {},
): MethodDecorator {
  return applyDecorators(ApiExtraModels(view), viewResponse(201, { $ref: getSchemaPath(view) }, options));
}

/** 200 with one page of a keyset-paginated list: `{ items, nextCursor }`. */
export function ApiOkPage(
  view: Type<unknown>,
  options: Pick<ViewResponseOptions, 'description' | 'alsoAs'> = {},
): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(view),
    viewResponse(
      200,
      {
        type: 'object',
        required: ['items', 'nextCursor'],
        additionalProperties: false,
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(view) } },
          nextCursor: {
            type: 'string',
            nullable: true,
            description: 'pass as `cursor` for the next page; null on the last page',
          },
        },
      },
      options,
    ),
  );
}

/** 204: done, nothing to say. */
export function ApiNoContent(description = 'done'): MethodDecorator {
  return ApiResponse({ status: 204, description });
}

/** A route anyone may call, without credentials (documented with an empty `security`). */
export const PUBLIC_OPERATION_EXTENSION = 'x-csg-public';
export function ApiPublic(): MethodDecorator & ClassDecorator {
  return ApiExtension(PUBLIC_OPERATION_EXTENSION, true);
}
