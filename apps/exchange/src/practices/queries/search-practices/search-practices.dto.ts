import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { TLP_MARKINGS } from '@csg/auth';
import { AGENCY_SECTORS, PRACTICE_STATUSES } from '@csg/contracts';
import { PageQueryDto, SafeText } from '@csg/http';

/** `GET /practices?q=&tag=&sector=&framework=&agencyId=&tlp=&status=&awaitingReview=&sort=&facets=&limit=&cursor=` */
export class SearchPracticesDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: '"phishing simulation" or mfa -sms',
    description: 'web-search syntax: words, "quoted phrases", or, -excluded',
  })
  @IsOptional()
  @SafeText(1, 200)
  q?: string;

  @ApiPropertyOptional({ example: 'mfa' })
  @IsOptional()
  @SafeText(1, 40)
  tag?: string;

  @ApiPropertyOptional({ enum: AGENCY_SECTORS })
  @IsOptional()
  @IsIn(AGENCY_SECTORS)
  sector?: string;

  @ApiPropertyOptional({
    example: 'PR.AA',
    description: 'a NIST CSF 2.0 function (PR), category (PR.AA) or subcategory (PR.AA-01)',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2}(\.[A-Z]{2}(-[0-9]{2})?)?$/, {
    message: 'framework must look like PR, PR.AA or PR.AA-01',
  })
  framework?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the owning agency' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: TLP_MARKINGS })
  @IsOptional()
  @IsIn(TLP_MARKINGS)
  tlp?: string;

  @ApiPropertyOptional({ enum: PRACTICE_STATUSES, default: 'PUBLISHED' })
  @IsOptional()
  @IsIn(PRACTICE_STATUSES)
  status?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description:
      'true: the review queue (whatever the status): submissions, pending widenings of a marking, and submitted pending revisions of published practices (ADR 56); the items show the published revision',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  awaitingReview?: 'true' | 'false';

  @ApiPropertyOptional({
    enum: ['relevance', 'recent'],
    description: 'relevance (the default with q) or recent (the default without)',
  })
  @IsOptional()
  @IsIn(['relevance', 'recent'])
  sort?: 'relevance' | 'recent';

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'true',
    description: 'facet counts on the first page',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  facets?: 'true' | 'false';
}
