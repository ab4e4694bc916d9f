import { ArrayMaxSize, IsArray, ValidateBy } from 'class-validator';
import { TLP_MARKINGS } from '@csg/auth';
import { AGENCY_SECTORS } from '@csg/contracts';
import { CSF, CSF_REFERENCE_MESSAGE } from '@csg/frameworks';
import {
  EnumField,
  EnumsField,
  field,
  type FieldOptions,
  StringsField,
  TextField,
  UuidsField,
} from '@csg/http';
import { MAX_BODY_LENGTH } from '../domain/practice-content.value-object';

const TAG = /^[\p{L}\p{N}][\p{L}\p{N} ._+#-]{0,39}$/u;
/** A `sub` as tokens carry it: visible characters, no control characters. */
const SUB = /^[\x21-\x7E]{1,255}$/;

/** The fields of a practice, required when drafting one and `optional` when revising it. */
export const PracticeTitle = (options: FieldOptions = {}) => TextField({ min: 3, max: 200, ...options });
export const PracticeSummary = (options: FieldOptions = {}) =>
  TextField({ min: 10, max: 1000, multiline: true, ...options });
export const PracticeBody = (options: FieldOptions = {}) =>
  TextField({ max: MAX_BODY_LENGTH, multiline: true, description: 'Markdown', ...options });

export const PracticeTags = (options: FieldOptions = {}) =>
  StringsField({
    maxItems: 20,
    pattern: TAG,
    message: 'each tag is 1 to 40 letters, digits, spaces or . _ + # -',
    example: ['mfa', 'identity'],
    ...options,
  });

export const PracticeSectors = (options: FieldOptions = {}) =>
  EnumsField(AGENCY_SECTORS, { maxItems: AGENCY_SECTORS.length, ...options });

export const PracticeFrameworkRefs = (options: FieldOptions = {}) =>
  field(
    { type: [String] },
    { example: ['PR.AA', 'PR.AA-01'], description: 'NIST CSF 2.0', ...options },
    IsArray(),
    ArrayMaxSize(50),
    ValidateBy(
      {
        name: 'csfReference',
        validator: { validate: (value: unknown) => typeof value === 'string' && CSF.isCitable(value) },
      },
      { each: true, message: CSF_REFERENCE_MESSAGE },
    ),
  );

export const PracticeTlp = (options: FieldOptions = {}) => EnumField(TLP_MARKINGS, options);

export const SharedWithAgencyIds = () =>
  UuidsField({ maxItems: 50, optional: true, description: 'TLP:AMBER only: agencies that also read it' });

export const RecipientSubs = () =>
  StringsField({
    maxItems: 50,
    pattern: SUB,
    message: 'each recipientSubs entry is a subject identifier (visible ASCII)',
    optional: true,
    description: 'TLP:RED only: the people it is for',
  });
