/**
 * What a service answers over HTTP for each stable error code it raises: its edge, declared
 * once per service (never in domain/), collected from every service module a process loads.
 */
export type ErrorStatuses<Code extends string = string> = Readonly<Record<Code, number>>;

/** An error raised by domain or application code: a stable code and a message safe to show. */
export interface CodedError {
  code: string;
  message: string;
  /** Extra members of the problem document (RFC 9457 extensions), e.g. `{ retryAfter: 5 }`. */
  extensions?: Record<string, unknown>;
}

/** A coded error of an application service (not a domain rule): `new ApplicationError(code, message)`. */
export class ApplicationError extends Error implements CodedError {
  constructor(
    readonly code: string,
    message: string,
    readonly extensions?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** The HTTP library's own codes (idempotency keys, request conventions). */
export const HTTP_CONVENTION_ERROR_STATUSES: ErrorStatuses = {
  'IDEMPOTENCY.KEY_REUSED': 422,
};

/**
 * Every code → status mapping of the process, filled by the modules that own the codes (each
 * service, the auth library) as they are instantiated. A code mapped twice to different
 * statuses is a start-up error: two owners would answer the same error differently.
 */
export class ErrorStatusRegistry {
  private readonly statuses = new Map<string, { status: number; owner: string }>();

  /** Starts with the HTTP library's own codes, plus `initial` (owner → its statuses). */
  constructor(initial: Record<string, ErrorStatuses> = {}) {
    this.add('http', HTTP_CONVENTION_ERROR_STATUSES);
    for (const [owner, statuses] of Object.entries(initial)) this.add(owner, statuses);
  }

  add(owner: string, statuses: ErrorStatuses): void {
    for (const [code, status] of Object.entries(statuses)) {
      if (!Number.isInteger(status) || status < 400 || status > 599)
        throw new Error(`${owner}: error code ${code} maps to ${status}, not an HTTP error status`);
      const known = this.statuses.get(code);
      if (known && known.status !== status)
        throw new Error(
          `error code ${code} maps to ${known.status} (${known.owner}) and ${status} (${owner})`,
        );
      this.statuses.set(code, { status, owner });
    }
  }

  statusOf(code: string): number | undefined {
    return this.statuses.get(code)?.status;
  }

  codes(): string[] {
    return [...this.statuses.keys()].sort();
  }
}
