import type { FrameworkShape } from './campaign-targets.value-object';

/** The frameworks a campaign can be opened on, as far as its targets need them. */
export abstract class CampaignFrameworks {
  /** The framework's functions and subcategories, or null when there is no such framework. */
  abstract shapeOf(frameworkId: string): Promise<FrameworkShape | null>;
}
