import type { OpenAPIObject } from '@nestjs/swagger';
import { problemResponse, type ProblemStatus } from './api-responses.decorator';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Operation {
  parameters?: Array<{ in?: string }>;
  requestBody?: unknown;
  responses: Record<string, unknown>;
}

/**
 * The answers the HTTP server gives before a controller runs (libs/http/src/edge), as each
 * operation can receive them: 431 (headers too large, from Node's parser) and 429 (spent
 * authentication-failure limits) on every route, 414 where a path parameter can be too long
 * (Fastify's router), 413 and 415 where a body is read (the body limit and the JSON-only parser).
 */
export function edgeStatusesOf(operation: Operation): ProblemStatus[] {
  const statuses: ProblemStatus[] = [429, 431];
  if ((operation.parameters ?? []).some((p) => p.in === 'path')) statuses.push(414);
  if (operation.requestBody) statuses.push(413, 415);
  return statuses;
}

/** Adds the edge's problem answers an operation does not list yet (a route's own wording wins). */
export function addEdgeResponses(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Operation | undefined;
      if (!operation) continue;
      for (const status of edgeStatusesOf(operation))
        operation.responses[String(status)] ??= problemResponse(status);
      operation.responses = sortedByStatus(operation.responses);
    }
  }
}

/** Responses in status order (`default` last), so the document reads and diffs the same way every time. */
function sortedByStatus(responses: Record<string, unknown>): Record<string, unknown> {
  const rank = (status: string) => (status === 'default' ? 1000 : Number.parseInt(status, 10));
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => rank(a) - rank(b)));
}
