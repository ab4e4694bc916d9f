import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import type { PracticeView } from '../../queries/practice.view';
import { changePractice } from '../practice-change.util';
import { ApprovePracticeCommand } from './approve-practice.command';

@CommandHandler(ApprovePracticeCommand)
export class ApprovePracticeHandler implements ICommandHandler<ApprovePracticeCommand, PracticeView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ practiceId, expectedVersions, actor }: ApprovePracticeCommand): Promise<PracticeView> {
    return changePractice(this.unitOfWork, practiceId, actor, expectedVersions, (practice) => {
      practice.approve(actor);
    });
  }
}
