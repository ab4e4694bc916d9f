import { Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { INTEGRATION_TOPICS } from '@csg/contracts';
import { MESSAGE_TRANSPORT, type MessageTransport } from '@csg/messaging';
import { InjectServiceDataSource } from '@csg/persistence';
import { Inject } from '@nestjs/common';
import { AnnouncementPublisher } from './announcements/commands/publish-announcement/announcement.publisher';
import { DailyDigestJob } from './mail/infrastructure/daily-digest.job';
import { SessionReminderJob } from './reactions/infrastructure/session-reminder.job';
import { DueJobScheduler } from './scheduling/infrastructure/due-job.scheduler';

/**
 * Hands the scheduler its job kinds, schedules the first daily digest, and creates the curated
 * integration topics the event log copies events to.
 */
@Injectable()
export class NotificationsWorkers implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly scheduler: DueJobScheduler,
    private readonly announcements: AnnouncementPublisher,
    private readonly digest: DailyDigestJob,
    private readonly reminders: SessionReminderJob,
    @InjectServiceDataSource('notifications') private readonly dataSource: DataSource,
    @Inject(MESSAGE_TRANSPORT) private readonly transport: MessageTransport,
  ) {}

  onModuleInit(): void {
    this.scheduler.register(this.announcements);
    this.scheduler.register(this.digest);
    this.scheduler.register(this.reminders);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.transport.ensureTopics([INTEGRATION_TOPICS.clear, INTEGRATION_TOPICS.green]);
    await this.digest.ensureScheduled(this.dataSource.manager);
  }
}
