import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ChangeSignal } from './change-signal';

export const NOTIFICATIONS_DATABASE_URL = 'csg:notifications:database-url';

/** The process's two change signals: new inbox rows (`csg_inbox`) and new feed events (`csg_feed`). */
@Injectable()
export class NotificationSignals implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly inbox: ChangeSignal;
  readonly feed: ChangeSignal;

  constructor(@Inject(NOTIFICATIONS_DATABASE_URL) url: string) {
    this.inbox = new ChangeSignal(url, 'csg_inbox');
    this.feed = new ChangeSignal(url, 'csg_feed');
  }

  onApplicationBootstrap(): void {
    this.inbox.start();
    this.feed.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.inbox.stop(), this.feed.stop()]);
  }
}
