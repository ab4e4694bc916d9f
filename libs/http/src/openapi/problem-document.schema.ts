import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

/** One invalid field of a 400 validation problem and what is wrong with it. */
@ApiSchema({ name: 'FieldError' })
export class FieldErrorSchema {
  @ApiProperty({ example: 'contactEmail', description: 'the field, dotted for nested ones' })
  field: string;

  @ApiProperty({ type: [String], example: ['contactEmail must be an e-mail address'] })
  messages: string[];
}

/**
 * An RFC 9457 problem document (`application/problem+json`), as every 4xx and 5xx answer of the
 * API carries it. Validation problems list each invalid field in `errors`.
 */
@ApiSchema({ name: 'Problem' })
export class ProblemDocumentSchema {
  @ApiProperty({
    format: 'uri',
    example: 'https://cybersecuregov.example/problems/validation',
    description: 'identifies the kind of problem',
  })
  type: string;

  @ApiProperty({ example: 'Invalid request', description: 'short, the same for every problem of this type' })
  title: string;

  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 400 })
  status: number;

  @ApiPropertyOptional({ example: 'One or more fields are invalid.' })
  detail?: string;

  @ApiPropertyOptional({ example: '/api/v1/agencies', description: 'the path of the request (no query)' })
  instance?: string;

  @ApiPropertyOptional({ example: 'AGENCY.ACRONYM_TAKEN', description: 'stable code of a business rule' })
  code?: string;

  @ApiPropertyOptional({ type: [FieldErrorSchema], description: 'validation problems: each invalid field' })
  errors?: FieldErrorSchema[];
}
