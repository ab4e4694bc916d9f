import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemException } from '../problem/problem-details';

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * Whether JSON text nests objects and arrays deeper than `max`. One pass over the characters,
 * iterative (a body 100,000 levels deep costs a loop, never a stack), strings skipped.
 */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > max) return true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}

const tooDeep = (max: number) =>
  ProblemException.of(400, 'json-too-deep', 'Invalid request', `JSON bodies may nest at most ${max} levels.`);

const unsupported = () =>
  ProblemException.of(
    415,
    'unsupported-media-type',
    'Unsupported media type',
    'Send the body as application/json.',
  );

/**
 * Route config key of a route that also takes an HTML form's POST (`@RouteConfig({ [FORM_POST_ROUTE]:
 * true })`): RFC 8058's one-click unsubscribe posts `List-Unsubscribe=One-Click` as
 * `multipart/form-data` or `application/x-www-form-urlencoded`. Such a body is drained unread (the
 * route reads only its URL); on every other route those types stay a 415.
 */
export const FORM_POST_ROUTE = 'csgFormPost';

/**
 * The only bodies the API reads are JSON (`application/json`, with or without a charset), checked
 * for depth before they are parsed, and parsed by Fastify's own parser (which refuses
 * `__proto__` and `constructor.prototype`). Every other content type is a 415 problem (a form
 * POST excepted on a `FORM_POST_ROUTE`).
 */
export function acceptOnlyJsonBodies(fastify: FastifyInstance, maxDepth: number, bodyLimit: number): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit },
    (
      request: FastifyRequest,
      body: string | Buffer,
      done: (error: Error | null, value?: unknown) => void,
    ) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (jsonNestsDeeperThan(text, maxDepth)) {
        done(tooDeep(maxDepth));
        return;
      }
      // Callback style: the parser reports through `done`; its return value carries nothing.
      void parse(request, text, done);
    },
  );
  fastify.addContentTypeParser(
    ['application/x-www-form-urlencoded', 'multipart/form-data'],
    (
      request: FastifyRequest,
      payload: NodeJS.ReadableStream,
      done: (e: Error | null, body?: unknown) => void,
    ) => {
      const route = request.routeOptions.config as unknown as Record<string, unknown> | undefined;
      if (route?.[FORM_POST_ROUTE] !== true) return done(unsupported());
      payload.resume();
      done(null, undefined);
    },
  );
  fastify.addContentTypeParser('*', (_request: FastifyRequest, _payload: unknown, done: (e: Error) => void) =>
    done(unsupported()),
  );
}
