import type { IntegrationPrincipal } from '@csg/auth';
import type { FeedRow } from './feed-event.record';

/** The integration event log, as an integration key may read it. */
export abstract class EventFeedReader {
  /**
   * Up to `limit` events after `afterSeq`, oldest first: only the key's scoped types (narrowed to
   * `types` when given) and only what its owner or clearance may read; TLP:RED never.
   */
  abstract read(
    reader: IntegrationPrincipal,
    options: { afterSeq: string; types?: string[]; limit: number },
  ): Promise<FeedRow[]>;
}
