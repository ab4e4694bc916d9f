import { ValidateBy } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

/** `2026-12-10T10:00:00Z` or with an offset (`+05:00`); never a local time without one. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with its offset; the service stores it as UTC. */
export function IsoInstant(): PropertyDecorator {
  const described = JSONSchema({ type: 'string', format: 'date-time', pattern: INSTANT.source });
  const validated = ValidateBy(
    {
      name: 'isoInstant',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value)),
      },
    },
    { message: '$property must be an ISO 8601 date-time with Z or an offset, e.g. 2026-12-10T10:00:00Z' },
  );
  // The OpenAPI document states what the check enforces (libs/http's validation bounds, ADR 62).
  return (target, property) => {
    validated(target, property);
    described(target, property as string);
  };
}

export const toInstant = (value: string): Date => new Date(value);
export const toOptionalInstant = (value: string | undefined): Date | undefined =>
  value === undefined ? undefined : new Date(value);
