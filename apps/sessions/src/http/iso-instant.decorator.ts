import { ValidateBy } from 'class-validator';

/** `2026-12-10T10:00:00Z` or with an offset (`+05:00`); never a local time without one. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with its offset; the service stores it as UTC. */
export function IsoInstant(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isoInstant',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value)),
      },
    },
    { message: '$property must be an ISO 8601 date-time with Z or an offset, e.g. 2026-12-10T10:00:00Z' },
  );
}

export const toInstant = (value: string): Date => new Date(value);
export const toOptionalInstant = (value: string | undefined): Date | undefined =>
  value === undefined ? undefined : new Date(value);
