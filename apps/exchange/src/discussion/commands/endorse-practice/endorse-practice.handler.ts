import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { PracticeRepository } from '../../../practices/domain/practice-repository.port';
import { Endorsement } from '../../domain/endorsement.aggregate';
import { EndorsementRepository } from '../../domain/endorsement-repository.port';
import { toEndorsementView, type EndorsementView } from '../../queries/discussion.view';
import { lockReadablePractice } from '../readable-practice.util';
import { EndorsePracticeCommand } from './endorse-practice.command';

@CommandHandler(EndorsePracticeCommand)
export class EndorsePracticeHandler implements ICommandHandler<
  EndorsePracticeCommand,
  IdempotentOutcome<EndorsementView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly practices: PracticeRepository,
    private readonly endorsements: EndorsementRepository,
    private readonly clock: Clock,
  ) {}

  /** Under the practice's lock, so the count practice.endorsed carries is exact. */
  execute({
    practiceId,
    agencyId,
    note,
    actor,
    idempotency,
  }: EndorsePracticeCommand): Promise<IdempotentOutcome<EndorsementView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const practice = (await lockReadablePractice(this.practices, practiceId, actor)).snapshot();
        const before = await this.endorsements.agenciesEndorsing(practiceId);
        const endorsement = Endorsement.record(
          { agencyId, note },
          practice,
          actor,
          before.length,
          this.clock.now(),
        );
        await this.endorsements.insert(endorsement);
        return toEndorsementView({ ...endorsement.snapshot(), agencyName: null, agencyAcronym: null });
      }),
    );
  }
}
