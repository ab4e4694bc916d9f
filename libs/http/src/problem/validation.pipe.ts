import {
  NotFoundException,
  ValidationPipe,
  type ArgumentMetadata,
  type ValidationError,
} from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';
import { ProblemException } from './problem-details';

/** NUL and the other control characters, and lone surrogates: no identifier or filter has them. */
const CONTROL_OR_LONE_SURROGATE =
  /[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function flatten(errors: ValidationError[], parent = ''): Array<{ field: string; messages: string[] }> {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Whether the DTO declares the property nullable in its OpenAPI schema (`@ApiProperty({ nullable: true })`). */
function declaredNullable(dto: object, property: string): boolean {
  const options = Reflect.getMetadata(
    DECORATORS.API_MODEL_PROPERTIES,
    Object.getPrototypeOf(dto),
    property,
  ) as { nullable?: boolean } | undefined;
  return options?.nullable === true;
}

/** An instance of a DTO class (class-transformer built it), not a plain object or an array. */
const isDto = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && value.constructor !== Object;

/**
 * The null rule (ADR 60): `null` is a value only where the DTO's OpenAPI schema says the field is
 * nullable; anywhere else it is refused like any other invalid value, whatever the field's own
 * decorators say (class-validator's `@IsOptional()` lets null through as if the field were absent).
 * Nested DTOs, alone or in arrays, follow the same rule.
 */
export function nullErrors(dto: object): ValidationError[] {
  return Object.entries(dto).flatMap(([property, value]): ValidationError[] => {
    if (value === null) {
      return declaredNullable(dto, property)
        ? []
        : [{ property, constraints: { isNotNull: `${property} must not be null` }, children: [] }];
    }
    const children = Array.isArray(value)
      ? value.flatMap((item, i) =>
          isDto(item) && nullErrors(item).length > 0
            ? [{ property: String(i), children: nullErrors(item) }]
            : [],
        )
      : isDto(value)
        ? nullErrors(value)
        : [];
    return children.length > 0 ? [{ property, children }] : [];
  });
}

/** Adds `extra` to `errors`, one entry per property (constraints and children merged). */
function merge(errors: ValidationError[], extra: ValidationError[]): ValidationError[] {
  const merged = [...errors];
  for (const error of extra) {
    const same = merged.find((e) => e.property === error.property);
    if (!same) merged.push(error);
    else {
      same.constraints = { ...same.constraints, ...error.constraints };
      same.children = merge(same.children ?? [], error.children ?? []);
    }
  }
  return merged;
}

/**
 * The global pipe: rejects unknown fields and lists every invalid field in one 400 problem
 * document; refuses `null` where the schema does not allow it (ADR 60); and refuses control
 * characters and lone surrogates in path parameters (404: such a path names nothing) and query
 * values (400) before any of them reaches SQL.
 */
export class ProblemValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      forbidUnknownValues: true,
      stopAtFirstError: false,
      exceptionFactory: (errors) =>
        ProblemException.of(400, 'validation', 'Invalid request', 'One or more fields are invalid.', {
          errors: flatten(errors),
        }),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'param' && typeof value === 'string' && CONTROL_OR_LONE_SURROGATE.test(value)) {
      throw new NotFoundException('Nothing has this identifier.');
    }
    if (metadata.type === 'query' && value !== null && value !== undefined) {
      const fields = typeof value === 'object' ? Object.entries(value) : [[metadata.data ?? 'query', value]];
      const bad = fields.filter(([, v]) =>
        [v].flat().some((text) => typeof text === 'string' && CONTROL_OR_LONE_SURROGATE.test(text)),
      );
      if (bad.length > 0)
        throw ProblemException.of(400, 'validation', 'Invalid request', 'One or more fields are invalid.', {
          errors: bad.map(([field]) => ({
            field,
            messages: [`${field} contains control characters or malformed Unicode`],
          })),
        });
    }
    return super.transform(value, metadata);
  }

  protected override async validate(
    object: object,
    validatorOptions?: Parameters<ValidationPipe['validate']>[1],
  ): Promise<ValidationError[]> {
    const errors = await super.validate(object, validatorOptions);
    return merge(errors, nullErrors(object));
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ProblemValidationPipe();
}
