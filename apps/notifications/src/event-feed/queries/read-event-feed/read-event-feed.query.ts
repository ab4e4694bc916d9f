import type { IntegrationPrincipal } from '@csg/auth';

/** A page of the integration event feed, oldest first, after a position. */
export class ReadEventFeedQuery {
  constructor(
    readonly reader: IntegrationPrincipal,
    /** the position the cursor carried (a malformed one reads from the beginning) */
    readonly after: string | undefined,
    readonly types: string[] | undefined,
    readonly limit: number | undefined,
  ) {}
}
