import { TLP_MARKINGS } from '@csg/auth';
import { AGENCY_SECTORS, PRACTICE_STATUSES } from '@csg/contracts';
import { EnumField, PageQueryDto, StringField, TextField, UuidField } from '@csg/http';

/** `GET /practices?q=&tag=&sector=&framework=&agencyId=&tlp=&status=&awaitingReview=&sort=&facets=&limit=&cursor=` */
export class SearchPracticesDto extends PageQueryDto {
  @TextField({
    max: 200,
    optional: true,
    example: '"phishing simulation" or mfa -sms',
    description: 'web-search syntax: words, "quoted phrases", or, -excluded',
  })
  q?: string;

  @TextField({ max: 40, optional: true, example: 'mfa' })
  tag?: string;

  @EnumField(AGENCY_SECTORS, { optional: true })
  sector?: string;

  @StringField({
    pattern: /^[A-Z]{2}(\.[A-Z]{2}(-[0-9]{2})?)?$/,
    message: 'framework must look like PR, PR.AA or PR.AA-01',
    optional: true,
    example: 'PR.AA',
    description: 'a NIST CSF 2.0 function (PR), category (PR.AA) or subcategory (PR.AA-01)',
  })
  framework?: string;

  @UuidField({ optional: true, description: 'the owning agency' })
  agencyId?: string;

  @EnumField(TLP_MARKINGS, { optional: true })
  tlp?: string;

  @EnumField(PRACTICE_STATUSES, { optional: true, default: 'PUBLISHED' })
  status?: string;

  @EnumField(['true', 'false'], {
    optional: true,
    default: 'false',
    description:
      'true: the review queue (whatever the status): submissions, pending widenings of a marking, and submitted pending revisions of published practices (ADR 56); the items show the published revision',
  })
  awaitingReview?: 'true' | 'false';

  @EnumField(['relevance', 'recent'], {
    optional: true,
    description: 'relevance (the default with q) or recent (the default without)',
  })
  sort?: 'relevance' | 'recent';

  @EnumField(['true', 'false'], {
    optional: true,
    default: 'true',
    description: 'facet counts on the first page',
  })
  facets?: 'true' | 'false';
}
