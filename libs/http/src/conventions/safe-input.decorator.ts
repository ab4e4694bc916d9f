import {
  IsString,
  Length,
  Matches,
  ValidateBy,
  isEmail,
  isURL,
  type ValidationOptions,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';

/** No NUL or other control characters, no lone surrogates: text PostgreSQL stores as sent. */
const SINGLE_LINE = /^(?:[^\u0000-\u001F\u007F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;
const MULTI_LINE =
  /^(?:[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

/**
 * A string field of `min`..`max` characters without control characters (tab and line breaks
 * only when `multiline`) or lone surrogates, so hostile text is a 400, never a database error.
 */
export function SafeText(min: number, max: number, options: { multiline?: boolean } = {}): PropertyDecorator {
  const decorators = [
    IsString(),
    Length(min, max),
    Matches(options.multiline ? MULTI_LINE : SINGLE_LINE, {
      message: '$property contains control characters or malformed Unicode',
    }),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}

/**
 * A clean single-line string that passes `check`. class-validator's own `IsEmail` and `IsUrl`
 * throw (URIError) on a lone surrogate instead of failing, which would be a 500: the text is
 * checked first, and a throwing check counts as a failure.
 */
function safeString(
  name: string,
  max: number,
  format: string,
  check: (value: string) => boolean,
  message: string,
): PropertyDecorator {
  const options: ValidationOptions = { message };
  // What the check enforces, for the OpenAPI document (libs/http/src/openapi/validation-bounds.ts).
  const described = JSONSchema({ type: 'string', format, maxLength: max, pattern: SINGLE_LINE.source });
  const validated = ValidateBy(
    {
      name,
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || value.length > max || !SINGLE_LINE.test(value)) return false;
          try {
            return check(value);
          } catch {
            return false;
          }
        },
      },
    },
    options,
  );
  return (target, property) => {
    validated(target, property);
    described(target, property as string);
  };
}

/** An e-mail address of at most 254 characters. */
export function SafeEmail(): PropertyDecorator {
  return safeString(
    'safeEmail',
    254,
    'email',
    (value) => isEmail(value),
    '$property must be an e-mail address',
  );
}

/** An absolute http(s) URL of at most 500 characters. */
export function SafeUrl(): PropertyDecorator {
  return safeString(
    'safeUrl',
    500,
    'uri',
    (value) => isURL(value, { protocols: ['https', 'http'], require_protocol: true }),
    '$property must be an http(s) URL',
  );
}
