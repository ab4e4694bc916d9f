import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { JsonLogger } from '@csg/observability';
import { ErrorStatusRegistry, type CodedError, type ErrorStatuses } from './error-statuses';
import { PROBLEM_CONTENT_TYPE, ProblemException, problemType, type ProblemDetails } from './problem-details';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  503: 'Service unavailable',
};

/**
 * Maps every error to an RFC 9457 problem document, once, for the whole application. Coded
 * errors get the status their owner declared (the {@link ErrorStatusRegistry} every service
 * module fills); unknown errors become a 500 that says nothing about their cause (the log has it).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly log = new JsonLogger('http');
  private readonly statuses: ErrorStatusRegistry;

  constructor(statuses: ErrorStatusRegistry | ErrorStatuses = new ErrorStatusRegistry()) {
    this.statuses =
      statuses instanceof ErrorStatusRegistry ? statuses : new ErrorStatusRegistry({ given: statuses });
  }

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<{ url?: string }>();
    const reply = http.getResponse<{
      status(n: number): unknown;
      header(k: string, v: string): unknown;
      send(b: unknown): unknown;
    }>();
    const problem = { ...this.toProblem(error), instance: request.url?.split('?')[0] };
    if (problem.status >= 500)
      this.log.error('request failed', { error, status: problem.status, path: problem.instance });
    reply.status(problem.status);
    for (const [name, value] of Object.entries(responseHeadersOf(error))) reply.header(name, value);
    reply.header('content-type', PROBLEM_CONTENT_TYPE);
    reply.send(JSON.stringify(problem));
  }

  private toProblem(error: unknown): ProblemDetails {
    if (error instanceof ProblemException) return error.problem;
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const body = error.getResponse();
      const detail = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      return {
        type: problemType(slug(status)),
        title: TITLES[status] ?? 'Error',
        status,
        ...(typeof detail === 'string' ? { detail } : {}),
      };
    }
    const coded = error as Partial<CodedError> | undefined;
    const status = typeof coded?.code === 'string' ? this.statuses.statusOf(coded.code) : undefined;
    if (coded?.code && status) {
      return {
        type: problemType(coded.code.toLowerCase()),
        title: TITLES[status] ?? 'Error',
        status,
        code: coded.code,
        ...(coded.message ? { detail: coded.message } : {}),
        ...coded.extensions,
      };
    }
    const fastify = error as { statusCode?: number; code?: string; message?: string };
    if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
      return {
        type: problemType(slug(fastify.statusCode)),
        title: TITLES[fastify.statusCode] ?? 'Bad request',
        status: fastify.statusCode,
        detail: fastify.message,
      };
    }
    if (isUnavailable(error)) {
      return {
        type: problemType('service-unavailable'),
        title: TITLES[503],
        status: 503,
        detail: 'A dependency is unavailable; try again shortly.',
      };
    }
    return { type: problemType('internal'), title: 'Internal server error', status: 500 };
  }
}

/** Headers an error asks to send with its problem (`responseHeaders`: a record of strings). */
function responseHeadersOf(error: unknown): Record<string, string> {
  const headers = (error as { responseHeaders?: unknown } | undefined)?.responseHeaders;
  if (!headers || typeof headers !== 'object') return {};
  return Object.fromEntries(
    Object.entries(headers as Record<string, unknown>).filter(([, v]) => typeof v === 'string'),
  ) as Record<string, string>;
}

function slug(status: number): string {
  return (TITLES[status] ?? `status-${status}`).toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function isUnavailable(error: unknown): boolean {
  const code =
    (error as { code?: unknown; driverError?: { code?: unknown } })?.code ??
    (error as { driverError?: { code?: unknown } })?.driverError?.code;
  const message = String((error as { message?: unknown })?.message ?? '');
  return (
    (typeof code === 'string' && /^(08|57P0[1-3]|53300|ECONNREFUSED|ECONNRESET)/.test(code)) ||
    /Connection terminated|timeout exceeded when trying to connect/i.test(message)
  );
}
