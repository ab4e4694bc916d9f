import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsObject, IsUUID, Matches, Max, Min } from 'class-validator';
import { IsoInstant } from '../conventions/iso-instant.decorator';
import { field, type FieldOptions } from './field';

/** One of `values` (a vocabulary of the contract: tiers, statuses, markings). */
export function EnumField(values: readonly string[], options: FieldOptions = {}): PropertyDecorator {
  return field({ enum: values as string[] }, options, IsIn(values as string[]));
}

/** A UUID (an id of another resource). */
export function UuidField(options: FieldOptions = {}): PropertyDecorator {
  return field({ type: String, format: 'uuid' }, options, IsUUID());
}

export interface IntFieldOptions extends FieldOptions {
  min: number;
  max: number;
  /** Read from the query string: the text is converted to a number first. */
  inQuery?: boolean;
}

/** An integer from `min` to `max`. */
export function IntField({ min, max, inQuery, ...options }: IntFieldOptions): PropertyDecorator {
  const fromText = inQuery ? [Type(() => Number)] : [];
  return field({ type: 'integer' }, options, ...fromText, IsInt(), Min(min), Max(max));
}

export function BooleanField(options: FieldOptions = {}): PropertyDecorator {
  return field({ type: Boolean }, options, IsBoolean());
}

/** An instant with its offset, `2026-12-10T10:00:00Z` (`IsoInstant`: the one rule, ADR 68). */
export function InstantField(options: FieldOptions = {}): PropertyDecorator {
  return field({ type: String }, options, IsoInstant());
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day, `YYYY-MM-DD`. */
export function DayField(options: FieldOptions = {}): PropertyDecorator {
  return field(
    { type: String, format: 'date' },
    options,
    Matches(DAY, { message: '$property must be a date YYYY-MM-DD' }),
    IsISO8601({ strict: true }),
  );
}

/** An object of named integers (`{ "GV": 3 }`); what the names and values may be is the domain's rule. */
export function IntegerMapField(options: FieldOptions = {}): PropertyDecorator {
  return field({ type: 'object', additionalProperties: { type: 'integer' } }, options, IsObject());
}
