import { type Type as Class } from '@nestjs/common';
import { type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsObject,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { field, type FieldOptions } from './field';

/** One object of the DTO class `of`, validated as its own decorators say. */
export function NestedField(of: Class<unknown>, options: FieldOptions = {}): PropertyDecorator {
  return field(
    { type: of },
    options,
    IsObject(),
    ValidateNested(),
    Type(() => of),
  );
}

export interface ListOptions extends FieldOptions {
  minItems?: number;
  maxItems: number;
}

/** A list: `IsArray` and the bounds of its length, then what each entry must be. */
function listField(
  schema: ApiPropertyOptions,
  { minItems, maxItems, ...options }: ListOptions,
  ...each: PropertyDecorator[]
): PropertyDecorator {
  const atLeast = minItems === undefined ? [] : [ArrayMinSize(minItems)];
  return field(schema, options, IsArray(), ...atLeast, ArrayMaxSize(maxItems), ...each);
}

/** A list of objects of the DTO class `of`. */
export function NestedListField(of: Class<unknown>, options: ListOptions): PropertyDecorator {
  return listField(
    { type: [of] },
    options,
    ValidateNested({ each: true }),
    Type(() => of),
  );
}

/** A list of UUIDs. */
export function UuidsField(options: ListOptions): PropertyDecorator {
  return listField({ type: [String] }, options, IsUUID('all', { each: true }));
}

/** A list of values of `values`. */
export function EnumsField(values: readonly string[], options: ListOptions): PropertyDecorator {
  return listField(
    { enum: values as string[], isArray: true },
    options,
    IsIn(values as string[], { each: true }),
  );
}

export interface StringsOptions extends ListOptions {
  /** Fewest characters of each entry (none: any, even empty). */
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  /** What an entry that does not match `pattern` is told. */
  message?: string;
}

/** A list of strings, each within `minLength`..`maxLength` and matching `pattern`. */
export function StringsField({
  minLength,
  maxLength,
  pattern,
  message,
  ...options
}: StringsOptions): PropertyDecorator {
  const length =
    maxLength === undefined
      ? []
      : [
          minLength === undefined
            ? MaxLength(maxLength, { each: true })
            : Length(minLength, maxLength, { each: true }),
        ];
  const matching =
    pattern === undefined
      ? []
      : [Matches(pattern, { each: true, ...(message === undefined ? {} : { message }) })];
  return listField({ type: [String] }, options, IsString({ each: true }), ...length, ...matching);
}
