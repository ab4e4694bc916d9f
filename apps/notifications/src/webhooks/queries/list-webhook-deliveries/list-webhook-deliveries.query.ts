import type { Principal } from '@csg/auth';
import type { NewestFirstPosition } from '../../domain/webhook.ports';

/** One webhook's delivery log, newest first, each delivery with its attempts. */
export class ListWebhookDeliveriesQuery {
  constructor(
    readonly webhookId: string,
    readonly viewer: Principal,
    readonly limit: number,
    readonly after: NewestFirstPosition | undefined,
  ) {}
}
