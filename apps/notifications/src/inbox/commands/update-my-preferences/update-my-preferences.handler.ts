import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { InboxRuleViolation } from '../../domain/inbox.errors';
import { PreferencesRepository } from '../../infrastructure/preferences.repository';
import { toPreferencesView, type PreferencesView } from '../../queries/preferences.view';
import { UpdateMyPreferencesCommand } from './update-my-preferences.command';

@CommandHandler(UpdateMyPreferencesCommand)
export class UpdateMyPreferencesHandler implements ICommandHandler<
  UpdateMyPreferencesCommand,
  PreferencesView
> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ person, categories }: UpdateMyPreferencesCommand): Promise<PreferencesView> {
    const named = categories.map((c) => c.category);
    if (new Set(named).size !== named.length)
      throw new InboxRuleViolation('PREFERENCES.CATEGORY_REPEATED', 'each category appears once');
    const cleaned = categories.map((c) => ({ ...c, channels: [...new Set(c.channels)] }));
    return this.unitOfWork.run(async (tx) => {
      const repository = new PreferencesRepository(tx.manager);
      await repository.save(person.sub, cleaned);
      return toPreferencesView(await repository.of(person.sub));
    });
  }
}
