import type { Principal } from '@csg/auth';
import type { IdempotencyRequest } from '@csg/http';
import type { PublishAnnouncementDto } from './publish-announcement.dto';

/** An organiser announces something now, or at `publishAt`. */
export class PublishAnnouncementCommand {
  constructor(
    readonly draft: PublishAnnouncementDto,
    readonly actor: Principal,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
