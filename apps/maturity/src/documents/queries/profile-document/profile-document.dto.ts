import { UuidField } from '@csg/http';

export class ProfileDocumentDto {
  @UuidField({
    optional: true,
    description:
      'a previous assessment of the same framework: the document adds what improved and regressed since',
  })
  against?: string;
}
