import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PracticeEndorsed } from '@csg/contracts';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import {
  mayCarryContent,
  practiceMarkingData,
} from '../../../practices/infrastructure/practice-events.mapper';
import { Endorsement } from '../../domain/endorsement.aggregate';
import { EndorsementRepository } from '../../infrastructure/endorsement.repository';
import { toEndorsementView, type EndorsementView } from '../../queries/discussion.view';
import { lockReadablePractice } from '../readable-practice.util';
import { EndorsePracticeCommand } from './endorse-practice.command';

@CommandHandler(EndorsePracticeCommand)
export class EndorsePracticeHandler implements ICommandHandler<
  EndorsePracticeCommand,
  IdempotentOutcome<EndorsementView>
> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({
    practiceId,
    agencyId,
    note,
    actor,
    idempotency,
  }: EndorsePracticeCommand): Promise<IdempotentOutcome<EndorsementView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const practice = (await lockReadablePractice(tx.manager, practiceId, actor)).snapshot();
        const endorsement = Endorsement.record({ practiceId, agencyId, note }, practice, actor);
        const endorsements = new EndorsementRepository(tx.manager);
        await endorsements.insert(endorsement);
        const state = endorsement.snapshot();
        tx.emit(PracticeEndorsed, {
          ...practiceMarkingData(practice),
          endorsementId: state.id,
          agencyId: state.agencyId,
          endorserSub: state.endorserSub,
          ...(mayCarryContent(practice) ? { note: state.note } : {}),
          endorsementCount: await endorsements.countFor(practiceId),
          occurredAt: state.createdAt.toISOString(),
        });
        return toEndorsementView({ ...state, agencyName: null, agencyAcronym: null });
      }),
    );
  }
}
