/** RFC 9457 problem details. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
  errors?: Array<{ field: string; messages: string[] }>;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const BASE = 'https://cybersecuregov.example/problems/';

/** A problem raised anywhere in the HTTP layer; the filter renders it as-is. */
export class ProblemException extends Error {
  /** Headers the problem filter adds to the answer (e.g. `WWW-Authenticate` on a 401). */
  responseHeaders?: Record<string, string>;

  constructor(readonly problem: ProblemDetails) {
    super(problem.detail ?? problem.title);
  }

  withHeaders(headers: Record<string, string>): this {
    this.responseHeaders = { ...this.responseHeaders, ...headers };
    return this;
  }

  static of(
    status: number,
    slug: string,
    title: string,
    detail?: string,
    extra: Record<string, unknown> = {},
  ) {
    return new ProblemException({
      type: `${BASE}${slug}`,
      title,
      status,
      ...(detail ? { detail } : {}),
      ...extra,
    });
  }
}

export function problemType(slug: string): string {
  return `${BASE}${slug}`;
}
