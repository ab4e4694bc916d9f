import { AGENDA_ITEM_KINDS } from '@csg/contracts';
import { EnumField, InstantField, NestedListField, TextField } from '@csg/http';
import { CsfReferencesField, SpeakerDto } from '../add-agenda-item/add-agenda-item.dto';

/** The fields to change; absent fields stay; `abstract` and `track` can be cleared with null. */
export class ChangeAgendaItemDto {
  @EnumField(AGENDA_ITEM_KINDS, { optional: true })
  kind?: (typeof AGENDA_ITEM_KINDS)[number];

  @TextField({ min: 2, max: 200, optional: true })
  title?: string;

  @TextField({ min: 0, max: 5_000, multiline: true, nullable: true })
  abstract?: string | null;

  @InstantField({ optional: true })
  startsAt?: string;

  @InstantField({ optional: true })
  endsAt?: string;

  @TextField({ max: 100, nullable: true })
  track?: string | null;

  @NestedListField(SpeakerDto, { maxItems: 20, optional: true })
  speakers?: SpeakerDto[];

  @CsfReferencesField({ optional: true })
  frameworkRefs?: string[];
}
