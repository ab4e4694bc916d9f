import { Body, Controller, Module, Post } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min, validateSync } from 'class-validator';
import { createOpenApiDocument } from '../openapi/openapi-document';
import { ProblemException } from '../problem/problem-details';
import { createValidationPipe } from '../problem/validation.pipe';
import { BooleanField, DayField, EnumField, InstantField, IntField, UuidField } from './scalar.fields';
import { EnumsField, NestedField, NestedListField, StringsField, UuidsField } from './structured.fields';
import { EmailField, StringField, TextField, UrlField } from './text.fields';

const TIERS = ['A', 'B'] as const;

class StepDto {
  @TextField({ max: 20 }) title: string;
}

class ThingDto {
  @TextField({ min: 3, max: 200, example: 'a thing', description: 'its name' }) name: string;
  @TextField({ max: 100, nullable: true }) note?: string | null;
  @TextField({ max: 100, optional: true }) label?: string;
  @EmailField({ optional: true }) email?: string;
  @UrlField({ optional: true }) website?: string;
  @StringField({ maxLength: 10, pattern: /^[a-z]+$/, message: 'code is lower-case letters', optional: true })
  code?: string;
  @EnumField(TIERS) tier: string;
  @EnumsField(TIERS, { maxItems: 2, optional: true }) tiers?: string[];
  @UuidField({ optional: true }) parentId?: string;
  @UuidsField({ minItems: 1, maxItems: 3, optional: true }) agencyIds?: string[];
  @IntField({ min: 1, max: 5, optional: true }) rating?: number;
  @BooleanField({ optional: true }) done?: boolean;
  @InstantField({ optional: true }) startsAt?: string;
  @DayField({ optional: true }) dueOn?: string;
  @StringsField({ maxItems: 2, minLength: 1, maxLength: 5, optional: true }) tags?: string[];
  @NestedField(StepDto, { optional: true }) step?: StepDto;
  @NestedListField(StepDto, { maxItems: 2, optional: true }) steps?: StepDto[];
}

@Controller('things')
class ThingsController {
  @Post()
  create(@Body() _body: ThingDto): void {}
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

const pipe = createValidationPipe();
const valid = { name: 'a thing', tier: 'A' };

async function refusal(body: Record<string, unknown>) {
  try {
    await pipe.transform({ ...valid, ...body }, { type: 'body', metatype: ThingDto });
  } catch (error) {
    if (error instanceof ProblemException) return error.problem.errors ?? [];
    throw error;
  }
  throw new Error('accepted');
}

describe('field decorators (ADR 68)', () => {
  let schema: { properties: Record<string, Record<string, unknown>>; required: string[] };

  beforeAll(async () => {
    const document: OpenAPIObject = await createOpenApiDocument(ThingsModule, { title: 'things' });
    schema = document.components!.schemas!.ThingDto as typeof schema;
  });

  it('documents what the validators enforce, with the description and example given', () => {
    expect(schema.properties.name).toEqual(
      expect.objectContaining({
        type: 'string',
        minLength: 3,
        maxLength: 200,
        example: 'a thing',
        description: 'its name',
      }),
    );
    expect(schema.properties.parentId).toEqual({ type: 'string', format: 'uuid' });
    expect(schema.properties.rating).toEqual({ type: 'integer', minimum: 1, maximum: 5 });
    expect(schema.properties.tiers).toEqual(
      expect.objectContaining({ type: 'array', maxItems: 2, items: { type: 'string', enum: ['A', 'B'] } }),
    );
    expect(schema.properties.startsAt).toEqual(
      expect.objectContaining({ type: 'string', format: 'date-time' }),
    );
    expect(schema.properties.dueOn).toEqual(expect.objectContaining({ type: 'string', format: 'date' }));
  });

  it('documents a nullable text as a nullable string, and only what is required as required', () => {
    expect(schema.properties.note).toEqual(expect.objectContaining({ type: 'string', nullable: true }));
    expect(schema.required).toEqual(['name', 'tier']);
  });

  it('accepts a body the fields allow, null where a field is nullable', async () => {
    await expect(
      pipe.transform(
        { ...valid, note: null, tags: ['x'], steps: [{ title: 'one' }], startsAt: '2026-12-10T10:00:00Z' },
        { type: 'body', metatype: ThingDto },
      ),
    ).resolves.toBeInstanceOf(ThingDto);
  });

  it('refuses null where a field is only optional, with the one message of the null rule (ADR 60)', async () => {
    expect(await refusal({ label: null })).toEqual([
      { field: 'label', messages: ['label must not be null'] },
    ]);
  });

  it('reports what the same validators written above the property report, in the same order', async () => {
    class HandWritten {
      @IsOptional()
      @IsInt()
      @Min(1)
      @Max(5)
      rating?: number;
    }
    const expected = validateSync(Object.assign(new HandWritten(), { rating: 'x' }))[0].constraints;
    expect(await refusal({ rating: 'x' })).toEqual([{ field: 'rating', messages: Object.values(expected!) }]);
    expect(await refusal({ code: 'ABC' })).toEqual([
      { field: 'code', messages: ['code is lower-case letters'] },
    ]);
  });

  it('refuses a list where one object belongs, and an object where a list belongs', async () => {
    expect((await refusal({ step: [{ title: 'one' }] })).map((e) => e.field)).toEqual(['step']);
    expect((await refusal({ steps: { title: 'one' } })).map((e) => e.field)).toContain('steps');
  });
});
