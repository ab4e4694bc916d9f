import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { claimOf } from '../../commands/unsubscribe/unsubscribe.handler';
import type { UnsubscribedView } from '../../commands/unsubscribe/unsubscribed.view';
import { MailSettings } from '../../infrastructure/mail-settings';
import { ConfirmUnsubscribeQuery } from './confirm-unsubscribe.query';

/** Checks the link and says which categories it names; changes nothing (link scanners GET links). */
@QueryHandler(ConfirmUnsubscribeQuery)
export class ConfirmUnsubscribeHandler implements IQueryHandler<ConfirmUnsubscribeQuery, UnsubscribedView> {
  constructor(private readonly settings: MailSettings) {}

  async execute({ token }: ConfirmUnsubscribeQuery): Promise<UnsubscribedView> {
    return { categories: claimOf(this.settings, token).categories, delivery: 'OFF' };
  }
}
