import { contextParts } from '@csg/runtime';
import { MarkAllNotificationsReadController } from './commands/mark-all-notifications-read/mark-all-notifications-read.controller';
import { MarkAllNotificationsReadHandler } from './commands/mark-all-notifications-read/mark-all-notifications-read.handler';
import { MarkNotificationReadController } from './commands/mark-notification-read/mark-notification-read.controller';
import { MarkNotificationReadHandler } from './commands/mark-notification-read/mark-notification-read.handler';
import { UpdateMyPreferencesController } from './commands/update-my-preferences/update-my-preferences.controller';
import { UpdateMyPreferencesHandler } from './commands/update-my-preferences/update-my-preferences.handler';
import { GetMyPreferencesController } from './queries/get-my-preferences/get-my-preferences.controller';
import { GetMyPreferencesHandler } from './queries/get-my-preferences/get-my-preferences.handler';
import { ListMyNotificationsController } from './queries/list-my-notifications/list-my-notifications.controller';
import { ListMyNotificationsHandler } from './queries/list-my-notifications/list-my-notifications.handler';
import { StreamMyNotificationsController } from './queries/stream-my-notifications/stream-my-notifications.controller';
import { StreamMyNotificationsHandler } from './queries/stream-my-notifications/stream-my-notifications.handler';

/** The inbox context: a person's notifications, read marks and preferences. */
export const INBOX_PARTS = contextParts({
  useCases: [
    [ListMyNotificationsController, ListMyNotificationsHandler],
    [StreamMyNotificationsController, StreamMyNotificationsHandler],
    [MarkNotificationReadController, MarkNotificationReadHandler],
    [MarkAllNotificationsReadController, MarkAllNotificationsReadHandler],
    [GetMyPreferencesController, GetMyPreferencesHandler],
    [UpdateMyPreferencesController, UpdateMyPreferencesHandler],
  ],
});
