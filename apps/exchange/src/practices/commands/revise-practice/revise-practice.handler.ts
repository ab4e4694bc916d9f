import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { EndorsementRepository } from '../../../discussion/domain/endorsement-repository.port';
import { PracticeRepository } from '../../domain/practice-repository.port';
import type { PracticeView } from '../../queries/practice.view';
import { changePractice } from '../practice-change.util';
import { RevisePracticeCommand } from './revise-practice.command';

@CommandHandler(RevisePracticeCommand)
export class RevisePracticeHandler implements ICommandHandler<RevisePracticeCommand, PracticeView> {
  constructor(
    readonly unitOfWork: UnitOfWork,
    readonly practices: PracticeRepository,
    readonly endorsements: EndorsementRepository,
  ) {}

  execute({ practiceId, changes, expectedVersions, actor }: RevisePracticeCommand): Promise<PracticeView> {
    return changePractice(this, practiceId, actor, expectedVersions, (practice) => {
      practice.revise(changes, actor);
    });
  }
}
