import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import type { PracticeView } from '../../queries/practice.view';
import { changePractice } from '../practice-change.util';
import { WithdrawPracticeCommand } from './withdraw-practice.command';

@CommandHandler(WithdrawPracticeCommand)
export class WithdrawPracticeHandler implements ICommandHandler<WithdrawPracticeCommand, PracticeView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ practiceId, expectedVersions, actor }: WithdrawPracticeCommand): Promise<PracticeView> {
    return changePractice(this.unitOfWork, practiceId, actor, expectedVersions, (practice) => {
      practice.withdraw(actor);
    });
  }
}
