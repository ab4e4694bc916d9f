import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { PreferencesRepository } from '../../../inbox/infrastructure/preferences.repository';
import { MailRuleViolation } from '../../domain/mail.errors';
import type { UnsubscribeClaim } from '../../domain/unsubscribe-token';
import { MailSettings } from '../../infrastructure/mail-settings';
import { UnsubscribeCommand } from './unsubscribe.command';
import type { UnsubscribedView } from './unsubscribed.view';

/** The claim a link proves, or the error every unverifiable link gets (the same, whatever is wrong). */
export function claimOf(settings: MailSettings, token: string): UnsubscribeClaim {
  const claim = settings.unsubscribeTokens.verify(token);
  if (!claim) throw new MailRuleViolation('UNSUBSCRIBE.LINK_INVALID', 'this unsubscribe link is not valid');
  return claim;
}

/**
 * Sets the named categories to OFF for the named person (their channels are kept, for when they
 * turn them back on with `PUT /me/preferences`). Repeating it changes nothing more.
 */
@CommandHandler(UnsubscribeCommand)
export class UnsubscribeHandler implements ICommandHandler<UnsubscribeCommand, UnsubscribedView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly settings: MailSettings,
  ) {}

  execute({ token }: UnsubscribeCommand): Promise<UnsubscribedView> {
    const { sub, categories } = claimOf(this.settings, token);
    return this.unitOfWork.run(async (tx) => {
      const preferences = new PreferencesRepository(tx.manager);
      const current = await preferences.of(sub);
      await preferences.save(
        sub,
        current
          .filter((p) => categories.includes(p.category))
          .map((p) => ({ ...p, delivery: 'OFF' as const })),
      );
      return { categories, delivery: 'OFF' };
    });
  }
}
