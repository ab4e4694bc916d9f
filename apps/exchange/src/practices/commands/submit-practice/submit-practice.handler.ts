import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import type { PracticeView } from '../../queries/practice.view';
import { changePractice } from '../practice-change.util';
import { SubmitPracticeCommand } from './submit-practice.command';

@CommandHandler(SubmitPracticeCommand)
export class SubmitPracticeHandler implements ICommandHandler<SubmitPracticeCommand, PracticeView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ practiceId, expectedVersions, actor }: SubmitPracticeCommand): Promise<PracticeView> {
    return changePractice(this.unitOfWork, practiceId, actor, expectedVersions, (practice) => {
      practice.submit(actor);
    });
  }
}
