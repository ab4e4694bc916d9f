import type { IntegrationPrincipal } from '@csg/auth';
import type { FeedRow } from './feed-event.record';

/** A read of the feed: the events the key may receive, and the position the read got to. */
export interface FeedRead {
  /** Oldest first, each in the view the key may read. */
  events: FeedRow[];
  /**
   * Where to resume: the last position examined, which may be past the last event returned when
   * events the key may not receive were skipped (so a key never re-examines them).
   */
  position: string;
}

/** The integration event log, as an integration key may read it. */
export abstract class EventFeedReader {
  /**
   * Up to `limit` events after `afterSeq`, oldest first: only the key's scoped types (narrowed to
   * `types` when given) and only what the egress policy lets it receive now (libs/auth
   * `egressDecision`), in the view it may read; TLP:RED never.
   */
  abstract read(
    reader: IntegrationPrincipal,
    options: { afterSeq: string; types?: string[]; limit: number },
  ): Promise<FeedRead>;
}
