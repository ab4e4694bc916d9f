/**
 * A business rule said no: a stable code (`PRACTICE.NOT_SUBMITTABLE`) and a message safe to show.
 * The one error class of every domain: each context names it with its own codes
 * (`export const AgencyRuleViolation = RuleViolation<AgencyErrorCode>`, and the type of the same
 * name), so a code it does not list does not compile; each service maps its codes to HTTP
 * statuses at its edge, and the problem filter reads `code` and `message` (libs/http CodedError).
 */
export class RuleViolation<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
  }
}

/** Runs `action` and returns the code of the rule it broke, or undefined (tests read better with it). */
export function violatedRule(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof RuleViolation) return error.code;
    throw error;
  }
  return undefined;
}
