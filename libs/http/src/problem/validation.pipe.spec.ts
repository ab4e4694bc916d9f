import { NotFoundException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, IsString, ValidateNested } from 'class-validator';
import { ProblemException } from './problem-details';
import { createValidationPipe } from './validation.pipe';

class StepDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  title?: string;
}

class ChangeDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  note?: string | null;

  @ApiPropertyOptional({ type: [StepDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => StepDto)
  steps?: StepDto[];
}

const pipe = createValidationPipe();
const body = (value: unknown) => pipe.transform(value, { type: 'body', metatype: ChangeDto });

async function fieldsRefused(run: Promise<unknown>): Promise<Array<{ field: string; messages: string[] }>> {
  try {
    await run;
  } catch (error) {
    if (error instanceof ProblemException && error.problem.status === 400) return error.problem.errors ?? [];
    throw error;
  }
  throw new Error('accepted');
}

describe('the global validation pipe', () => {
  it('Body_WithNullForAnOptionalFieldNotDeclaredNullable_IsRefusedNamingTheField', async () => {
    expect(await fieldsRefused(body({ title: null }))).toEqual([
      { field: 'title', messages: ['title must not be null'] },
    ]);
  });

  it('Body_WithNullForAFieldDeclaredNullable_IsAccepted', async () => {
    await expect(body({ note: null })).resolves.toMatchObject({ note: null });
  });

  it('Body_WithNullInsideANestedDto_IsRefusedWithItsPath', async () => {
    expect(await fieldsRefused(body({ steps: [{ title: 'a' }, { title: null }] }))).toEqual([
      { field: 'steps.1.title', messages: ['title must not be null'] },
    ]);
  });

  it('Body_WithNullAndAnotherError_ListsBoth', async () => {
    const fields = await fieldsRefused(body({ title: null, note: 3 }));
    expect(fields.map((f) => f.field).sort()).toEqual(['note', 'title']);
  });

  it.each(['\u0000', 'a\u0000b', '\ud800', 'x\u001b'])(
    'PathParameter_WithControlCharactersOrLoneSurrogates_IsNotFound (%j)',
    async (value) => {
      await expect(
        pipe.transform(value, { type: 'param', data: 'id', metatype: String }),
      ).rejects.toBeInstanceOf(NotFoundException);
    },
  );

  it('QueryValue_WithANulByte_IsRefusedNamingTheField', async () => {
    expect(
      await fieldsRefused(pipe.transform({ q: 'a\u0000' }, { type: 'query', metatype: Object })),
    ).toEqual([{ field: 'q', messages: ['q contains control characters or malformed Unicode'] }]);
  });

  it('PathParameter_OfPlainTextAndPairedSurrogates_PassesThrough', async () => {
    await expect(pipe.transform('msg_😀', { type: 'param', data: 'id', metatype: String })).resolves.toBe(
      'msg_😀',
    );
  });
});
