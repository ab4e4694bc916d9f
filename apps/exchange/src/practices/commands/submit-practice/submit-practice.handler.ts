import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { EndorsementRepository } from '../../../discussion/domain/endorsement-repository.port';
import { PracticeRepository } from '../../domain/practice-repository.port';
import type { PracticeView } from '../../queries/practice.view';
import { changePractice } from '../practice-change.util';
import { SubmitPracticeCommand } from './submit-practice.command';

@CommandHandler(SubmitPracticeCommand)
export class SubmitPracticeHandler implements ICommandHandler<SubmitPracticeCommand, PracticeView> {
  constructor(
    readonly unitOfWork: UnitOfWork,
    readonly practices: PracticeRepository,
    readonly endorsements: EndorsementRepository,
    readonly clock: Clock,
  ) {}

  execute({ practiceId, expectedVersions, actor }: SubmitPracticeCommand): Promise<PracticeView> {
    return changePractice(this, practiceId, actor, expectedVersions, (practice, now) =>
      practice.submit(actor, now),
    );
  }
}
