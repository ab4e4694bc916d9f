import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';

/** How a field is documented and whether it may be left out: what every field decorator takes. */
export interface FieldOptions {
  description?: string;
  example?: unknown;
  default?: unknown;
  /** May be absent (`@IsOptional()`); `null` is still refused (the null rule, ADR 60). */
  optional?: boolean;
  /** May be absent or `null` (documented nullable: `null` clears it, ADR 60). */
  nullable?: boolean;
}

/**
 * One DTO property validated and documented in one place (ADR 68). `schema` is what the OpenAPI
 * document says beyond the bounds, which `documentValidationBounds()` copies from the validators
 * (ADR 62); the caller's options follow in the order written, so the document keeps that order.
 * Validators are listed as they would be written above the property, and registered the same
 * way (bottom-up), so a field reports the same messages in the same order as that stack did.
 */
export function field(
  schema: ApiPropertyOptions,
  options: FieldOptions,
  ...validators: PropertyDecorator[]
): PropertyDecorator {
  const { optional, ...documented } = options;
  const mayBeAbsent = optional === true || options.nullable === true;
  const document = mayBeAbsent ? ApiPropertyOptional : ApiProperty;
  const decorators = [
    document({ ...schema, ...documented } as ApiPropertyOptions),
    ...(mayBeAbsent ? [IsOptional()] : []),
    ...validators,
  ];
  // Decorators written above a property apply bottom-up; applyDecorators applies in list order.
  return applyDecorators(...decorators.reverse());
}
