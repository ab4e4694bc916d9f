import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { Practice } from '../../domain/practice.aggregate';
import { PracticeRepository } from '../../domain/practice-repository.port';
import { toPracticeView, type PracticeView } from '../../queries/practice.view';
import { CreatePracticeCommand } from './create-practice.command';

@CommandHandler(CreatePracticeCommand)
export class CreatePracticeHandler implements ICommandHandler<
  CreatePracticeCommand,
  IdempotentOutcome<PracticeView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly practices: PracticeRepository,
  ) {}

  /** A draft is revision 1 and publishes nothing: nobody outside its agency knows of it yet. */
  execute({ draft, actor, idempotency }: CreatePracticeCommand): Promise<IdempotentOutcome<PracticeView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const practice = Practice.draft(draft, actor);
        await this.practices.insert(practice);
        return toPracticeView(practice.snapshot(), []);
      }),
    );
  }
}
