import { DECORATORS } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { targetConstructorToSchema } from 'class-validator-jsonschema';

type Schema = Record<string, unknown>;
type PropertyMetadata = Schema & { type?: unknown; isArray?: boolean; items?: Schema };

/** What a validator bounds, as JSON Schema keywords (types and `$ref`s stay @nestjs/swagger's). */
const BOUNDS = [
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'enum',
  'format',
] as const;
const ARRAY_BOUNDS = ['minItems', 'maxItems', 'uniqueItems'] as const;
const PRIMITIVES = new Map<unknown, string>([
  [String, 'string'],
  [Number, 'number'],
  [Boolean, 'boolean'],
  ['string', 'string'],
  ['number', 'number'],
  ['integer', 'integer'],
  ['boolean', 'boolean'],
]);

function pick(schema: Schema | undefined, keys: readonly string[]): Schema {
  const picked: Schema = {};
  for (const key of keys) if (schema?.[key] !== undefined) picked[key] = schema[key];
  return picked;
}

/** An explicit `format` on the property (`uri`, `date-time`) says more than the validator's (`url`). */
function withoutOverriddenFormat(bounds: Schema, existing: Schema | undefined): Schema {
  if (existing?.format !== undefined) delete bounds.format;
  return bounds;
}

/** The property's documented metadata with what its validators enforce written over it. */
function bounded(existing: PropertyMetadata, derived: Schema, optional: boolean): PropertyMetadata {
  const merged: PropertyMetadata = { ...existing, required: !optional };
  const isArray = existing.isArray === true || existing.type === 'array';
  if (!isArray) {
    Object.assign(merged, withoutOverriddenFormat(pick(derived, BOUNDS), existing));
    if (derived.type === 'integer' && PRIMITIVES.get(existing.type) === 'number') merged.type = 'integer';
    return merged;
  }
  Object.assign(merged, pick(derived, ARRAY_BOUNDS));
  const itemType = PRIMITIVES.get(existing.items?.type ?? existing.type);
  const element = derived.items as Schema | undefined;
  const itemBounds = withoutOverriddenFormat(pick(element, BOUNDS), existing.items ?? existing);
  if (!itemType || Object.keys(itemBounds).length === 0) return merged;
  const integer = element?.type === 'integer' && itemType === 'number';
  // @nestjs/swagger takes `items` as the element schema when present, else builds it from `type`.
  merged.items = { type: integer ? 'integer' : itemType, ...existing.items, ...itemBounds };
  if (merged.type !== 'array') merged.type = itemType;
  return merged;
}

/** The properties of `target` (own or inherited) that `@IsOptional`/`@ValidateIf` make optional. */
const optionalPropertiesOf = (target: object) =>
  new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(target as never, '', true, false)
      .filter((m) => m.type === 'conditionalValidation')
      .map((m) => m.propertyName),
  );

/**
 * Writes what class-validator enforces on every documented DTO property (`@Min`/`@Max`,
 * `@Length`, `@Matches`, `@IsIn`, `@ArrayMaxSize`, `@IsInt`, `@IsOptional`, and the custom
 * validators that describe themselves with `@JSONSchema`) into @nestjs/swagger's property
 * metadata, so the document states the same bounds as the validation pipe (ADR 62). Bodies,
 * query DTOs and their nested classes alike; idempotent; run before the document is built.
 */
export function documentValidationBounds(): void {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, unknown> };
  for (const target of storage.validationMetadatas.keys()) {
    if (typeof target !== 'function') continue;
    const prototype = target.prototype as object;
    const documented = (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, prototype) ??
      []) as string[];
    if (documented.length === 0) continue;
    const schema = targetConstructorToSchema(target as new () => object) as {
      properties?: Record<string, Schema>;
    };
    const optional = optionalPropertiesOf(target);
    for (const key of documented) {
      const property = key.slice(1);
      const derived = schema.properties?.[property];
      const existing = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, prototype, property) as
        PropertyMetadata | undefined;
      if (!derived || !existing) continue;
      const metadata = bounded(existing, derived, optional.has(property));
      Reflect.defineMetadata(DECORATORS.API_MODEL_PROPERTIES, metadata, prototype, property);
    }
  }
}
