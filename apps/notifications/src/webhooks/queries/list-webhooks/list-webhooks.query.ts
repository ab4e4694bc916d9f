import type { Principal } from '@csg/auth';
import type { NewestFirstPosition } from '../../domain/webhook.ports';

/** The webhooks the caller manages, newest first. */
export class ListWebhooksQuery {
  constructor(
    readonly viewer: Principal,
    readonly limit: number,
    readonly after: NewestFirstPosition | undefined,
  ) {}
}
