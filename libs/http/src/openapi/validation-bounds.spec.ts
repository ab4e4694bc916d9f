import { Body, Controller, Get, Module, Param, Post, Query } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type OpenAPIObject } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { SafeEmail, SafeText, SafeUrl } from '../conventions/safe-input.decorator';
import { ApiOkPage, ApiProblems } from './api-responses.decorator';
import { createOpenApiDocument } from './openapi-document';

const TIERS = ['A', 'B', 'C'] as const;

class ThingsQueryDto {
  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(2_000)
  cursor?: string;
}

class ThingView {
  @ApiProperty()
  id: string;
}

class NewThingDto {
  @ApiProperty({ example: 8 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  sequence: number;

  @ApiProperty()
  @SafeText(3, 200)
  title: string;

  @ApiProperty({ enum: TIERS })
  @IsIn(TIERS)
  tier: string;

  @ApiPropertyOptional({ enum: TIERS, isArray: true })
  @IsOptional()
  @ArrayMaxSize(3)
  @IsIn(TIERS, { each: true })
  tiers?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  agencyIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(/^[a-z]+$/, { each: true })
  @MaxLength(40, { each: true })
  tags?: string[];

  @ApiProperty()
  @SafeEmail()
  contactEmail: string;

  @ApiPropertyOptional({ format: 'uri', description: 'an explicit format wins over the validator’s' })
  @IsOptional()
  @SafeUrl()
  website?: string;

  /** Documented as required, validated as optional: the validator is what holds. */
  @ApiProperty()
  @ValidateIf((dto: NewThingDto) => dto.tier === 'A')
  @SafeText(1, 50)
  reason?: string;

  @ApiPropertyOptional({ description: 'documented without validators: left as it is' })
  note?: string;
}

@Controller('things')
class ThingsController {
  @Get(':id')
  @ApiOkPage(ThingView, { alsoAs: ['text/csv', 'application/vnd.ms-excel'] })
  @ApiProblems(400, 404)
  list(@Param('id') _id: string, @Query() _query: ThingsQueryDto): void {}

  @Post()
  @ApiProblems(400)
  create(@Body() _body: NewThingDto): void {}
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

describe('the validators’ bounds in the OpenAPI document (ADR 62)', () => {
  let document: OpenAPIObject;
  let body: { properties: Record<string, Record<string, unknown>>; required: string[] };

  beforeAll(async () => {
    document = await createOpenApiDocument(ThingsModule, { title: 'things' });
    body = document.components!.schemas!.NewThingDto as typeof body;
  });

  it('states @Min/@Max and @IsInt: sequence is an integer from 1 to 100000', () => {
    expect(body.properties.sequence).toEqual(
      expect.objectContaining({ type: 'integer', minimum: 1, maximum: 100_000, example: 8 }),
    );
  });

  it('states the length and the pattern of safe text, and the enum of @IsIn', () => {
    expect(body.properties.title).toEqual(
      expect.objectContaining({ type: 'string', minLength: 3, maxLength: 200, pattern: expect.any(String) }),
    );
    expect(new RegExp(body.properties.title.pattern as string).test('a\u0000b')).toBe(false);
    expect(body.properties.tier).toEqual(expect.objectContaining({ enum: ['A', 'B', 'C'] }));
  });

  it('states array sizes on the array and element bounds on its items', () => {
    expect(body.properties.tiers).toEqual(
      expect.objectContaining({
        type: 'array',
        maxItems: 3,
        items: { type: 'string', enum: ['A', 'B', 'C'] },
      }),
    );
    expect(body.properties.agencyIds).toEqual(
      expect.objectContaining({ type: 'array', maxItems: 500, items: { type: 'string', format: 'uuid' } }),
    );
    expect(body.properties.tags).toEqual(
      expect.objectContaining({
        maxItems: 10,
        items: { type: 'string', pattern: '^[a-z]+$', maxLength: 40 },
      }),
    );
  });

  it('describes the custom e-mail and URL checks, an explicit format winning', () => {
    expect(body.properties.contactEmail).toEqual(
      expect.objectContaining({ type: 'string', format: 'email', maxLength: 254 }),
    );
    expect(body.properties.website).toEqual(expect.objectContaining({ format: 'uri', maxLength: 500 }));
  });

  it('requires exactly the fields the validators require', () => {
    expect([...body.required].sort()).toEqual(['contactEmail', 'sequence', 'tier', 'title']);
    expect(body.properties.note).toEqual({ type: 'string', description: expect.any(String) });
  });

  it('states the bounds of query parameters too', () => {
    const parameters = document.paths['/api/v1/things/{id}'].get!.parameters as unknown as Array<{
      name: string;
      required?: boolean;
      schema: Record<string, unknown>;
    }>;
    const limit = parameters.find((p) => p.name === 'limit')!;
    expect(limit.required).toBe(false);
    expect(limit.schema).toEqual(expect.objectContaining({ type: 'integer', minimum: 1, maximum: 500 }));
    expect(parameters.find((p) => p.name === 'cursor')!.schema).toEqual(
      expect.objectContaining({ maxLength: 2_000 }),
    );
  });

  it('documents the other media types a route answers with beside JSON', () => {
    const content = (document.paths['/api/v1/things/{id}'].get!.responses['200'] as { content: object })
      .content;
    expect(content).toEqual({
      'application/json': expect.any(Object),
      'text/csv': { schema: { type: 'string' } },
      'application/vnd.ms-excel': { schema: { type: 'string', format: 'binary' } },
    });
  });

  it('builds the same document every time', async () => {
    const again = await createOpenApiDocument(ThingsModule, { title: 'things' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(document));
  });
});
