import type { IntegrationPrincipal } from '@csg/auth';

/** The integration event feed as a live stream, after a position. */
export class StreamEventFeedQuery {
  constructor(
    readonly reader: IntegrationPrincipal,
    /** the position the cursor carried (a malformed one streams from the beginning) */
    readonly after: string | undefined,
    readonly types: string[] | undefined,
  ) {}
}
