import { contextParts } from '@csg/runtime';
import { CertificateReactions } from './infrastructure/certificate-reactions.handler';
import { ExchangeReactions } from './infrastructure/exchange-reactions.handler';
import { MaturityReactions } from './infrastructure/maturity-reactions.handler';
import { SessionReactions } from './infrastructure/session-reactions.handler';
import { SessionReminderJob } from './infrastructure/session-reminder.job';

/** The reactions context: notifications the other services' events call for, and session reminders. */
export const REACTION_PARTS = contextParts({
  providers: [
    SessionReactions,
    SessionReminderJob,
    ExchangeReactions,
    MaturityReactions,
    CertificateReactions,
  ],
});
