import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { EndorsementRepository } from '../../../discussion/domain/endorsement-repository.port';
import { PracticeRepository } from '../../domain/practice-repository.port';
import type { PracticeView } from '../../queries/practice.view';
import { changePractice } from '../practice-change.util';
import { RejectPracticeCommand } from './reject-practice.command';

@CommandHandler(RejectPracticeCommand)
export class RejectPracticeHandler implements ICommandHandler<RejectPracticeCommand, PracticeView> {
  constructor(
    readonly unitOfWork: UnitOfWork,
    readonly practices: PracticeRepository,
    readonly endorsements: EndorsementRepository,
    readonly clock: Clock,
  ) {}

  execute({ practiceId, reason, expectedVersions, actor }: RejectPracticeCommand): Promise<PracticeView> {
    return changePractice(this, practiceId, actor, expectedVersions, (practice, now) =>
      practice.reject(actor, reason, now),
    );
  }
}
