import { contextParts } from '@csg/runtime';
import { UnsubscribeController } from './commands/unsubscribe/unsubscribe.controller';
import { UnsubscribeHandler } from './commands/unsubscribe/unsubscribe.handler';
import { DailyDigestJob } from './infrastructure/daily-digest.job';
import { MailQueueWorker } from './infrastructure/mail-queue.worker';
import { MailSettings } from './infrastructure/mail-settings';
import { ConfirmUnsubscribeController } from './queries/confirm-unsubscribe/confirm-unsubscribe.controller';
import { ConfirmUnsubscribeHandler } from './queries/confirm-unsubscribe/confirm-unsubscribe.handler';

/** The mail context: e-mail delivery, the daily digest and one-click unsubscribe. */
export const MAIL_PARTS = contextParts({
  useCases: [
    [UnsubscribeController, UnsubscribeHandler],
    [ConfirmUnsubscribeController, ConfirmUnsubscribeHandler],
  ],
  providers: [
    { provide: MailSettings, useFactory: () => MailSettings.fromEnv() },
    MailQueueWorker,
    DailyDigestJob,
  ],
});
