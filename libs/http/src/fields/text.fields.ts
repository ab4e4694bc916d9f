import { IsString, Matches, MaxLength } from 'class-validator';
import { SafeEmail, SafeText, SafeUrl } from '../conventions/safe-input.decorator';
import { field, type FieldOptions } from './field';

export interface TextFieldOptions extends FieldOptions {
  /** Fewest characters (default 1). */
  min?: number;
  max: number;
  /** Tab and line breaks allowed (prose). */
  multiline?: boolean;
}

/** Text people write: `min`..`max` characters, no control characters or lone surrogates (`SafeText`). */
export function TextField({ min = 1, max, multiline, ...options }: TextFieldOptions): PropertyDecorator {
  return field({ type: String }, options, SafeText(min, max, { multiline }));
}

/** An e-mail address (`SafeEmail`). */
export function EmailField(options: FieldOptions = {}): PropertyDecorator {
  return field({ type: String }, options, SafeEmail());
}

/** An absolute http(s) URL (`SafeUrl`). */
export function UrlField(options: FieldOptions = {}): PropertyDecorator {
  return field({ type: String }, options, SafeUrl());
}

export interface StringFieldOptions extends FieldOptions {
  maxLength?: number;
  pattern?: RegExp;
  /** What a value that does not match `pattern` is told. */
  message?: string;
}

/** A string a machine reads (an identifier, a token, a cursor): at most `maxLength`, matching `pattern`. */
export function StringField({
  maxLength,
  pattern,
  message,
  ...options
}: StringFieldOptions): PropertyDecorator {
  return field(
    { type: String },
    options,
    IsString(),
    ...(maxLength === undefined ? [] : [MaxLength(maxLength)]),
    ...(pattern === undefined ? [] : [Matches(pattern, message === undefined ? {} : { message })]),
  );
}
