/** A business rule of the sessions service said no. `code` is stable; the service maps it to HTTP once. */
export class SessionRuleViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
