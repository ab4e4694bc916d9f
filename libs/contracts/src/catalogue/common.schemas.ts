import type { JsonSchema } from '../json-schema';

export const uuid: JsonSchema = { type: 'string', format: 'uuid' };
export const timestamp: JsonSchema = { type: 'string', format: 'date-time' };
export const version: JsonSchema = {
  type: 'integer',
  minimum: 1,
  description: 'aggregate version after the change',
};
export const nullableString: JsonSchema = { type: ['string', 'null'] };
export const TLP_MARKINGS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export const tlp: JsonSchema = { type: 'string', enum: TLP_MARKINGS, description: 'FIRST TLP 2.0 marking' };

export function objectSchema(properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return { type: 'object', properties, required };
}
