import { ValidateBy } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { isCalendarDay } from './calendar-day';

/**
 * The one form of an instant every API field takes (ADR 68): `2026-12-10T10:00:00Z`, or with an
 * offset (`+05:00`); seconds and up to nine fractional digits optional; never a local time
 * without an offset, which the server would have to guess a zone for.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Whether `value` is an instant of that form on a day and at a time that exist. */
export function isIsoInstant(value: unknown): value is string {
  const parts = typeof value === 'string' && INSTANT.test(value) ? PARTS.exec(value) : null;
  if (!parts) return false;
  const [, year, month, day, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] = parts;
  return (
    isCalendarDay(year, month, day) &&
    Number(hour) < 24 &&
    Number(minute) < 60 &&
    Number(second) < 60 &&
    Number(offsetHours) < 24 &&
    Number(offsetMinutes) < 60
  );
}

/** An ISO 8601 instant with its offset (`isIsoInstant`); the services store it as UTC. */
export function IsoInstant(): PropertyDecorator {
  const described = JSONSchema({ type: 'string', format: 'date-time', pattern: INSTANT.source });
  const validated = ValidateBy(
    { name: 'isoInstant', validator: { validate: isIsoInstant } },
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
