import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { EndorsementRepository } from '../../../discussion/domain/endorsement-repository.port';
import { PracticeRepository } from '../../domain/practice-repository.port';
import type { PracticeView } from '../../queries/practice.view';
import { changePractice } from '../practice-change.util';
import { ApprovePracticeCommand } from './approve-practice.command';

@CommandHandler(ApprovePracticeCommand)
export class ApprovePracticeHandler implements ICommandHandler<ApprovePracticeCommand, PracticeView> {
  constructor(
    readonly unitOfWork: UnitOfWork,
    readonly practices: PracticeRepository,
    readonly endorsements: EndorsementRepository,
    readonly clock: Clock,
  ) {}

  execute({ practiceId, expectedVersions, actor }: ApprovePracticeCommand): Promise<PracticeView> {
    return changePractice(this, practiceId, actor, expectedVersions, (practice, now) =>
      practice.approve(actor, now),
    );
  }
}
