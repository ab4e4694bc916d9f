import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** One answer of the platform's API: its status and its JSON body (undefined when empty). */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** A JSON problem document (RFC 9457) as the API answers errors, or any other body. */
export interface ProblemBody {
  code?: string;
  title?: string;
  detail?: string;
}

/**
 * The platform's HTTP API under `/api/v1`, reached over the network (a running platform) or
 * in-process (Fastify's `inject`, for `SEED_DEMO=true npm start`): the seed goes through the
 * same routes, validation, rules and events either way.
 */
export interface PlatformApi {
  /** Where it is, for messages. */
  readonly where: string;
  send(method: string, path: string, request?: { token?: string; body?: unknown }): Promise<ApiAnswer>;
}

const API = '/api/v1/';

function headersFor(token: string | undefined, body: unknown): Record<string, string> {
  return {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
  };
}

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The API of a platform listening at `baseUrl` (e.g. `http://127.0.0.1:3000`). */
export function httpPlatformApi(baseUrl: string): PlatformApi {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    where: base,
    async send(method, path, request = {}) {
      const response = await fetch(`${base}${API}${path}`, {
        method,
        headers: headersFor(request.token, request.body),
        body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
      });
      return { status: response.status, body: parse(await response.text()) };
    },
  };
}

/** The API of an application in this process, without a network round trip. */
export function inProcessPlatformApi(app: NestFastifyApplication): PlatformApi {
  return {
    where: 'this process',
    async send(method, path, request = {}) {
      const response = await app.inject({
        method: method as 'GET',
        url: `${API}${path}`,
        headers: headersFor(request.token, request.body),
        payload: request.body !== undefined ? JSON.stringify(request.body) : undefined,
      });
      return { status: response.statusCode, body: parse(response.body) };
    },
  };
}
