import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import type { PracticeView } from '../../queries/practice.view';
import { changePractice } from '../practice-change.util';
import { RevisePracticeCommand } from './revise-practice.command';

@CommandHandler(RevisePracticeCommand)
export class RevisePracticeHandler implements ICommandHandler<RevisePracticeCommand, PracticeView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ practiceId, changes, expectedVersions, actor }: RevisePracticeCommand): Promise<PracticeView> {
    return changePractice(this.unitOfWork, practiceId, actor, expectedVersions, (practice) => {
      practice.revise(changes, actor);
    });
  }
}
