import { BooleanField, IntField, NestedListField, TextField } from '@csg/http';
import { MAX_ANSWERS_PER_REQUEST } from '../../domain/answer-sheet.rule';

export class AnswerDto {
  @TextField({ max: 64, example: 'GV.OC-01' })
  subcategoryId: string;

  @IntField({ min: 0, max: 4 })
  current: number;

  @IntField({
    min: 1,
    max: 4,
    optional: true,
    description: "overrides the campaign's target (needs targetReason)",
  })
  target?: number;

  @TextField({ max: 1_000, multiline: true, optional: true })
  targetReason?: string;

  @BooleanField({ optional: true })
  notApplicable?: boolean;

  @TextField({
    max: 4_000,
    multiline: true,
    optional: true,
    description: 'a note on what shows the tier (no attachments)',
  })
  evidence?: string;
}

export class RecordAnswersDto {
  @NestedListField(AnswerDto, { maxItems: MAX_ANSWERS_PER_REQUEST })
  answers: AnswerDto[];
}
