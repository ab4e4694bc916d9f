import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import type { PracticeView } from '../../queries/practice.view';
import { changePractice } from '../practice-change.util';
import { RejectPracticeCommand } from './reject-practice.command';

@CommandHandler(RejectPracticeCommand)
export class RejectPracticeHandler implements ICommandHandler<RejectPracticeCommand, PracticeView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ practiceId, reason, expectedVersions, actor }: RejectPracticeCommand): Promise<PracticeView> {
    return changePractice(this.unitOfWork, practiceId, actor, expectedVersions, (practice) => {
      practice.reject(actor, reason);
    });
  }
}
