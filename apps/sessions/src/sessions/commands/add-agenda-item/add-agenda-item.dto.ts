import { ValidateBy } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { AGENDA_ITEM_KINDS } from '@csg/contracts';
import { CSF, CSF_REFERENCE_MESSAGE } from '@csg/frameworks';
import { EnumField, field, type FieldOptions, InstantField, NestedListField, TextField } from '@csg/http';

/** Each entry a NIST CSF 2.0 category or subcategory of the shared framework identifiers. */
export function CsfReferencesField(options: FieldOptions = {}): PropertyDecorator {
  const described = JSONSchema({ type: 'array', maxItems: 50, items: { type: 'string', maxLength: 20 } });
  const validated = ValidateBy(
    {
      name: 'csfReferences',
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) &&
          value.length <= 50 &&
          value.every((v) => typeof v === 'string' && v.length <= 20) &&
          CSF.unknown(value as string[]).length === 0,
      },
    },
    { message: CSF_REFERENCE_MESSAGE },
  );
  return field({ type: [String] }, options, (target, property) => {
    validated(target, property);
    described(target, property as string);
  });
}

export class SpeakerDto {
  @TextField({ max: 200, example: 'Director of Governance, Risk & Compliance' })
  name: string;

  @TextField({ max: 200, optional: true })
  title?: string;

  @TextField({ max: 200, optional: true, example: 'National CERT' })
  organisation?: string;
}

export class AddAgendaItemDto {
  @EnumField(AGENDA_ITEM_KINDS)
  kind: (typeof AGENDA_ITEM_KINDS)[number];

  @TextField({ min: 2, max: 200, example: 'Identifying cyber risk and aligning with national frameworks' })
  title: string;

  @TextField({ min: 0, max: 5_000, multiline: true, optional: true })
  abstract?: string;

  @InstantField({ example: '2026-12-10T05:00:00Z' })
  startsAt: string;

  @InstantField({ example: '2026-12-10T06:00:00Z' })
  endsAt: string;

  @TextField({
    max: 100,
    optional: true,
    description: 'items of one track do not overlap; omit for the main track',
  })
  track?: string;

  @NestedListField(SpeakerDto, { maxItems: 20 })
  speakers: SpeakerDto[];

  @CsfReferencesField({ optional: true, example: ['ID.RA', 'GV.RM-01'] })
  frameworkRefs?: string[];
}
