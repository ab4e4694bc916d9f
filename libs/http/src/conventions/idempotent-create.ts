import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '../api-prefix';
import { ApiCreatedView } from '../openapi/api-responses.decorator';
import type { IdempotentOutcome } from './idempotency.store';
import { markRoute, routeMarker } from './route-marker';
import { versionEtagOf } from './version-etag';

/** The header that says an answer is the stored one of an earlier request with the same key. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';
/** Route config key of the routes `@IdempotentCreate()` marks. */
export const IDEMPOTENT_CREATE_ROUTE = 'csgIdempotentCreate';

export interface IdempotentCreateOptions {
  /** What the 201 answer is, for the OpenAPI document. */
  description?: string;
  /** Where the created resource lives under the API, `:id` standing for its `id`: `agencies/:id`. */
  location?: string;
  /** The answer carries the created resource's `version` as its `ETag`. */
  etag?: boolean;
}

type CreateMarker = Pick<IdempotentCreateOptions, 'location' | 'etag'>;
type CreateHandler = (...args: never[]) => Promise<IdempotentOutcome<unknown>>;

/**
 * A creating route that accepts `Idempotency-Key`: it answers 201 with the `IdempotentOutcome`
 * its handler returns, and one Fastify hook (`registerIdempotentCreates`) turns that into the
 * created resource with `Idempotent-Replayed: true` on a retry, `Location` and `ETag` as asked.
 * The OpenAPI answer (201, the header parameter, the response headers) comes from the same
 * options, so the document says what the hook sends.
 */
export function IdempotentCreate(view: Type<unknown>, options: IdempotentCreateOptions = {}) {
  const { description, location, etag } = options;
  const decorate = applyDecorators(
    HttpCode(201),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry gets the first response' }),
    ApiCreatedView(view, { etag, location: location !== undefined, idempotent: true, description }),
    markRoute(IDEMPOTENT_CREATE_ROUTE, { location, etag } satisfies CreateMarker),
  );
  return <H extends CreateHandler>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<H>,
  ) => decorate(target, key, descriptor);
}

const isOutcome = (payload: unknown): payload is IdempotentOutcome<unknown> =>
  typeof payload === 'object' && payload !== null && 'body' in payload && 'replayed' in payload;

/** The hook behind `@IdempotentCreate()`: the outcome is still an object when Fastify pre-serialises it. */
export function registerIdempotentCreates(fastify: FastifyInstance): void {
  fastify.addHook('preSerialization', (request, reply, payload, done) => {
    const marker = routeMarker<CreateMarker>(request, IDEMPOTENT_CREATE_ROUTE);
    if (!marker || reply.statusCode >= 300 || !isOutcome(payload)) return done(null, payload);
    const created = payload.body as { id?: unknown };
    if (marker.location !== undefined)
      reply.header('location', `/${API_PREFIX}/${marker.location.replace(':id', String(created.id))}`);
    if (payload.replayed) reply.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
    const tag = marker.etag ? versionEtagOf(created) : undefined;
    if (tag) reply.header('etag', tag);
    done(null, created);
  });
}
