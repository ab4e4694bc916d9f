import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import type { ServiceModuleConfig } from '@csg/runtime';
import { NOTIFICATIONS_MIGRATIONS } from './notifications.migrations';
import { AgencyDirectoryProjection } from './agency-directory/infrastructure/agency-directory.projection';
import { AnnouncementPublisher } from './announcements/commands/publish-announcement/announcement.publisher';
import {
  AnnouncementAudience,
  AnnouncementRepository,
  AnnouncementSchedule,
} from './announcements/domain/announcement.ports';
import {
  SqlAnnouncementAudience,
  SqlAnnouncementSchedule,
} from './announcements/infrastructure/announcement-audience.sql';
import { SqlAnnouncementRepository } from './announcements/infrastructure/announcement.repository';
import { PublishAnnouncementController } from './announcements/commands/publish-announcement/publish-announcement.controller';
import { PublishAnnouncementHandler } from './announcements/commands/publish-announcement/publish-announcement.handler';
import { ListAnnouncementsController } from './announcements/queries/list-announcements/list-announcements.controller';
import { ListAnnouncementsHandler } from './announcements/queries/list-announcements/list-announcements.handler';
import { MemberDirectoryProjection } from './audiences/infrastructure/member-directory.projection';
import { MarkAllNotificationsReadController } from './inbox/commands/mark-all-notifications-read/mark-all-notifications-read.controller';
import { MarkAllNotificationsReadHandler } from './inbox/commands/mark-all-notifications-read/mark-all-notifications-read.handler';
import { MarkNotificationReadController } from './inbox/commands/mark-notification-read/mark-notification-read.controller';
import { MarkNotificationReadHandler } from './inbox/commands/mark-notification-read/mark-notification-read.handler';
import { UpdateMyPreferencesController } from './inbox/commands/update-my-preferences/update-my-preferences.controller';
import { UpdateMyPreferencesHandler } from './inbox/commands/update-my-preferences/update-my-preferences.handler';
import { GetMyPreferencesController } from './inbox/queries/get-my-preferences/get-my-preferences.controller';
import { GetMyPreferencesHandler } from './inbox/queries/get-my-preferences/get-my-preferences.handler';
import { ListMyNotificationsController } from './inbox/queries/list-my-notifications/list-my-notifications.controller';
import { ListMyNotificationsHandler } from './inbox/queries/list-my-notifications/list-my-notifications.handler';
import { StreamMyNotificationsController } from './inbox/queries/stream-my-notifications/stream-my-notifications.controller';
import { StreamMyNotificationsHandler } from './inbox/queries/stream-my-notifications/stream-my-notifications.handler';
import { EventFeedReader } from './event-feed/domain/event-feed.ports';
import { SqlEventFeedReader } from './event-feed/infrastructure/event-feed.reader';
import { ReadEventFeedController } from './event-feed/queries/read-event-feed/read-event-feed.controller';
import { ReadEventFeedHandler } from './event-feed/queries/read-event-feed/read-event-feed.handler';
import { StreamEventFeedController } from './event-feed/queries/stream-event-feed/stream-event-feed.controller';
import { StreamEventFeedHandler } from './event-feed/queries/stream-event-feed/stream-event-feed.handler';
import { IntegrationEventLogProjection } from './event-feed/infrastructure/integration-event-log.projection';
import { IssueIntegrationClientController } from './integrations/commands/issue-integration-client/issue-integration-client.controller';
import { IssueIntegrationClientHandler } from './integrations/commands/issue-integration-client/issue-integration-client.handler';
import { RevokeIntegrationClientController } from './integrations/commands/revoke-integration-client/revoke-integration-client.controller';
import { RevokeIntegrationClientHandler } from './integrations/commands/revoke-integration-client/revoke-integration-client.handler';
import { RotateIntegrationKeyController } from './integrations/commands/rotate-integration-key/rotate-integration-key.controller';
import { RotateIntegrationKeyHandler } from './integrations/commands/rotate-integration-key/rotate-integration-key.handler';
import { IntegrationClientReader } from './integrations/domain/integration-client.ports';
import { SqlIntegrationClientReader } from './integrations/infrastructure/integration-client.reader';
import { IntegrationKeyResolver } from './integrations/infrastructure/integration-key.resolver';
import { ListIntegrationClientsController } from './integrations/queries/list-integration-clients/list-integration-clients.controller';
import { ListIntegrationClientsHandler } from './integrations/queries/list-integration-clients/list-integration-clients.handler';
import { DailyDigestJob } from './mail/infrastructure/daily-digest.job';
import { MailQueueWorker } from './mail/infrastructure/mail-queue.worker';
import { MailSettings } from './mail/infrastructure/mail-settings';
import { UnsubscribeController } from './mail/commands/unsubscribe/unsubscribe.controller';
import { UnsubscribeHandler } from './mail/commands/unsubscribe/unsubscribe.handler';
import { ConfirmUnsubscribeController } from './mail/queries/confirm-unsubscribe/confirm-unsubscribe.controller';
import { ConfirmUnsubscribeHandler } from './mail/queries/confirm-unsubscribe/confirm-unsubscribe.handler';
import { RegisterWebhookController } from './webhooks/commands/register-webhook/register-webhook.controller';
import { RegisterWebhookHandler } from './webhooks/commands/register-webhook/register-webhook.handler';
import { RetryWebhookDeliveryController } from './webhooks/commands/retry-webhook-delivery/retry-webhook-delivery.controller';
import { RetryWebhookDeliveryHandler } from './webhooks/commands/retry-webhook-delivery/retry-webhook-delivery.handler';
import { RotateWebhookSecretController } from './webhooks/commands/rotate-webhook-secret/rotate-webhook-secret.controller';
import { RotateWebhookSecretHandler } from './webhooks/commands/rotate-webhook-secret/rotate-webhook-secret.handler';
import { WebhookReader, WebhookRepository } from './webhooks/domain/webhook.ports';
import { WebhookDispatcher } from './webhooks/infrastructure/webhook.dispatcher';
import { SqlWebhookReader, SqlWebhookRepository } from './webhooks/infrastructure/webhook.repository';
import { ListWebhookDeliveriesController } from './webhooks/queries/list-webhook-deliveries/list-webhook-deliveries.controller';
import { ListWebhookDeliveriesHandler } from './webhooks/queries/list-webhook-deliveries/list-webhook-deliveries.handler';
import { ListWebhooksController } from './webhooks/queries/list-webhooks/list-webhooks.controller';
import { ListWebhooksHandler } from './webhooks/queries/list-webhooks/list-webhooks.handler';
import { NotificationsWorkers } from './notifications.workers';
import { ExchangeReactions } from './reactions/infrastructure/exchange-reactions.handler';
import { MaturityReactions } from './reactions/infrastructure/maturity-reactions.handler';
import { SessionReactions } from './reactions/infrastructure/session-reactions.handler';
import { SessionReminderJob } from './reactions/infrastructure/session-reminder.job';
import { DueJobScheduler } from './scheduling/infrastructure/due-job.scheduler';
import { NOTIFICATIONS_DATABASE_URL, NotificationSignals } from './streaming/notification-signals';

/** The notifications service: announcements, inboxes, e-mail, webhooks and the integration feed. */
@Module({})
export class NotificationsModule {
  static register(options: ServiceModuleConfig): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [
        PersistenceModule.forService({
          name: 'notifications',
          url: options.databaseUrl,
          entities: [],
          migrations: NOTIFICATIONS_MIGRATIONS,
        }),
        MessagingModule.forService({
          service: 'notifications',
          databaseUrl: options.databaseUrl,
          outbox: options.outbox,
        }),
        ServiceAuthModule.forService('notifications', { apiKeys: IntegrationKeyResolver }),
      ],
      controllers: [
        PublishAnnouncementController,
        ListAnnouncementsController,
        ListMyNotificationsController,
        StreamMyNotificationsController,
        MarkNotificationReadController,
        MarkAllNotificationsReadController,
        GetMyPreferencesController,
        UpdateMyPreferencesController,
        UnsubscribeController,
        ConfirmUnsubscribeController,
        IssueIntegrationClientController,
        ListIntegrationClientsController,
        RotateIntegrationKeyController,
        RevokeIntegrationClientController,
        RegisterWebhookController,
        ListWebhooksController,
        ListWebhookDeliveriesController,
        RetryWebhookDeliveryController,
        RotateWebhookSecretController,
        ReadEventFeedController,
        StreamEventFeedController,
      ],
      providers: [
        { provide: NOTIFICATIONS_DATABASE_URL, useValue: options.databaseUrl },
        { provide: AnnouncementRepository, useClass: SqlAnnouncementRepository },
        { provide: AnnouncementAudience, useClass: SqlAnnouncementAudience },
        { provide: AnnouncementSchedule, useClass: SqlAnnouncementSchedule },
        { provide: IntegrationClientReader, useClass: SqlIntegrationClientReader },
        { provide: WebhookRepository, useClass: SqlWebhookRepository },
        { provide: WebhookReader, useClass: SqlWebhookReader },
        { provide: EventFeedReader, useClass: SqlEventFeedReader },
        AgencyDirectoryProjection,
        MemberDirectoryProjection,
        NotificationSignals,
        DueJobScheduler,
        AnnouncementPublisher,
        NotificationsWorkers,
        PublishAnnouncementHandler,
        ListAnnouncementsHandler,
        ListMyNotificationsHandler,
        StreamMyNotificationsHandler,
        MarkNotificationReadHandler,
        MarkAllNotificationsReadHandler,
        GetMyPreferencesHandler,
        UpdateMyPreferencesHandler,
        IntegrationEventLogProjection,
        IssueIntegrationClientHandler,
        ListIntegrationClientsHandler,
        RotateIntegrationKeyHandler,
        RevokeIntegrationClientHandler,
        RegisterWebhookHandler,
        ListWebhooksHandler,
        ListWebhookDeliveriesHandler,
        RetryWebhookDeliveryHandler,
        RotateWebhookSecretHandler,
        ReadEventFeedHandler,
        StreamEventFeedHandler,
        WebhookDispatcher,
        { provide: MailSettings, useFactory: () => MailSettings.fromEnv() },
        MailQueueWorker,
        DailyDigestJob,
        UnsubscribeHandler,
        ConfirmUnsubscribeHandler,
        SessionReactions,
        SessionReminderJob,
        ExchangeReactions,
        MaturityReactions,
      ],
    };
  }
}
