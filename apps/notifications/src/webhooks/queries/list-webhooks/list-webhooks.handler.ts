import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { toPage } from '@csg/http';
import { managedOwners } from '../../../access/caller.util';
import { WebhookReader } from '../../domain/webhook.ports';
import { toWebhookView, type WebhookPageView } from '../webhook.view';
import { ListWebhooksQuery } from './list-webhooks.query';

/** Operators list every webhook; an agency-admin those of the ACTIVE agencies they administer. */
@QueryHandler(ListWebhooksQuery)
export class ListWebhooksHandler implements IQueryHandler<ListWebhooksQuery, WebhookPageView> {
  constructor(
    private readonly webhooks: WebhookReader,
    private readonly clock: Clock,
  ) {}

  async execute({ viewer, limit, after }: ListWebhooksQuery): Promise<WebhookPageView> {
    const rows = await this.webhooks.list(managedOwners(viewer), limit + 1, after);
    const now = this.clock.now();
    return toPage(
      rows,
      limit,
      (r) => [r.created_at.toISOString(), r.id],
      (r) => toWebhookView(r, now),
    );
  }
}
