/**
 * A business rule of the maturity service was broken. Carries a stable code only; the service
 * maps codes to HTTP statuses at its edge (`maturity.error-statuses.ts`).
 */
export class MaturityRuleViolation extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Runs `action` and returns the code of the rule it broke (tests read better with it). */
export function violatedRule(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof MaturityRuleViolation) return error.code;
    throw error;
  }
  return undefined;
}
