import { TLP_MARKINGS } from '@csg/contracts';
import { EnumField, TextField, UrlField, UuidField } from '@csg/http';

export class PublishMaterialDto {
  @TextField({ min: 2, max: 200, example: 'Strategic roadmap workshop: slides' })
  title: string;

  @UrlField({ example: 'https://files.example.gov/session-8/roadmap.pdf' })
  url: string;

  @UuidField({ optional: true, description: 'the agenda item it belongs to' })
  agendaItemId?: string;

  @EnumField(TLP_MARKINGS)
  tlp: (typeof TLP_MARKINGS)[number];

  @UuidField({
    optional: true,
    description: "the originating agency (e.g. the speaker's); omit for the CERT's own",
  })
  agencyId?: string;
}
