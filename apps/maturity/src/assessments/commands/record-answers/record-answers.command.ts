import type { Principal } from '@csg/auth';
import type { AnswerInput } from '../../domain/answer-sheet.rule';

export class RecordAnswersCommand {
  constructor(
    readonly assessmentId: string,
    readonly answers: AnswerInput[],
    readonly expectedVersions: number[] | undefined,
    readonly actor: Principal,
  ) {}
}
