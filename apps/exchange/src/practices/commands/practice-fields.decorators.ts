import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsUUID, Matches, ValidateBy } from 'class-validator';
import { TLP_MARKINGS } from '@csg/auth';
import { AGENCY_SECTORS } from '@csg/contracts';
import { CSF, CSF_REFERENCE_MESSAGE } from '@csg/frameworks';
import { SafeText } from '@csg/http';
import { MAX_BODY_LENGTH } from '../domain/practice-content.value-object';

const TAG = /^[\p{L}\p{N}][\p{L}\p{N} ._+#-]{0,39}$/u;
/** A `sub` as tokens carry it: visible characters, no control characters. */
const SUB = /^[\x21-\x7E]{1,255}$/;

const compose =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, property) =>
    decorators.forEach((decorate) => decorate(target, property));

export const PracticeTitle = () => compose(ApiProperty({ minLength: 3, maxLength: 200 }), SafeText(3, 200));
export const PracticeSummary = () =>
  compose(ApiProperty({ minLength: 10, maxLength: 1000 }), SafeText(10, 1000, { multiline: true }));
export const PracticeBody = () =>
  compose(
    ApiProperty({ description: 'Markdown', maxLength: MAX_BODY_LENGTH }),
    SafeText(1, MAX_BODY_LENGTH, { multiline: true }),
  );

export const PracticeTags = () =>
  compose(
    ApiProperty({ type: [String], maxItems: 20, example: ['mfa', 'identity'] }),
    IsArray(),
    ArrayMaxSize(20),
    Matches(TAG, { each: true, message: 'each tag is 1 to 40 letters, digits, spaces or . _ + # -' }),
  );

export const PracticeSectors = () =>
  compose(
    ApiProperty({ type: [String], enum: AGENCY_SECTORS, maxItems: AGENCY_SECTORS.length }),
    IsArray(),
    ArrayMaxSize(AGENCY_SECTORS.length),
    IsIn(AGENCY_SECTORS, { each: true }),
  );

export const PracticeFrameworkRefs = () =>
  compose(
    ApiProperty({
      type: [String],
      maxItems: 50,
      example: ['PR.AA', 'PR.AA-01'],
      description: 'NIST CSF 2.0',
    }),
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

export const PracticeTlp = () => compose(ApiProperty({ enum: TLP_MARKINGS }), IsIn(TLP_MARKINGS));

export const SharedWithAgencyIds = () =>
  compose(
    ApiPropertyOptional({
      type: [String],
      maxItems: 50,
      description: 'TLP:AMBER only: agencies that also read it',
    }),
    IsArray(),
    ArrayMaxSize(50),
    IsUUID('all', { each: true }),
  );

export const RecipientSubs = () =>
  compose(
    ApiPropertyOptional({ type: [String], maxItems: 50, description: 'TLP:RED only: the people it is for' }),
    IsArray(),
    ArrayMaxSize(50),
    Matches(SUB, { each: true, message: 'each recipientSubs entry is a subject identifier (visible ASCII)' }),
  );
