import type { IntegrationEventDefinition } from './integration-event.definition';
import type { JsonSchema } from './json-schema';

/** A stable UUID per field name, so examples are the same on every build. */
function uuidFor(field: string): string {
  let h = 2166136261;
  for (const c of field) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const hex = h.toString(16).padStart(8, '0');
  return `${hex}-0000-4000-8000-${hex}0000`.slice(0, 36);
}

const STRINGS: Record<string, string> = {
  email: 'participant@agency.example.gov',
  contactEmail: 'cert-liaison@agency.example.gov',
  displayName: 'Ayesha Khan',
  name: 'Ayesha Khan',
  sub: 'f3c1a2b4-user',
  authorSub: 'f3c1a2b4-user',
  actorSub: 'f3c1a2b4-user',
  endorserSub: 'f3c1a2b4-user',
  ownerSub: 'f3c1a2b4-user',
  title: 'Multi-factor authentication for e-mail',
  summary: 'How we rolled out phishing-resistant MFA in six weeks.',
  url: 'https://materials.example.gov/session-8/slides.pdf',
  timezone: 'Asia/Karachi',
  frameworkId: 'nist-csf-2.0',
  subcategoryId: 'PR.AA-01',
};

function valueFor(field: string, schema: JsonSchema): unknown {
  if (schema.enum && schema.enum.length > 0) {
    return schema.enum.includes('TLP:GREEN') ? 'TLP:GREEN' : schema.enum[0];
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => t !== 'null') ?? 'null';
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return uuidFor(field);
      if (schema.format === 'date-time') return '2026-12-07T09:00:00.000Z';
      if (schema.format === 'date') return '2026-12-31';
      return STRINGS[field] ?? field;
    case 'integer':
    case 'number':
      return schema.minimum !== undefined && schema.minimum > 1 ? schema.minimum : 1;
    case 'boolean':
      return false;
    case 'array':
      return schema.items ? [valueFor(field.replace(/s$/, ''), schema.items)] : [];
    case 'object':
      return objectFor(schema);
    default:
      return null;
  }
}

function objectFor(schema: JsonSchema): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([field, property]) => [field, valueFor(field, property)]),
  );
}

/**
 * An example of the event's data built from its schema (every declared field, deterministic
 * values): the catalogue's own example when it has one. Used by the AsyncAPI document and by the
 * exit matrix, which varies the fields the egress rules look at.
 */
export function exampleDataOf(definition: IntegrationEventDefinition): Record<string, unknown> {
  return definition.example ? { ...definition.example } : objectFor(definition.schema);
}
