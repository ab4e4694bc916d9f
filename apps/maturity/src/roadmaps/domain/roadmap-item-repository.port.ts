import type { RoadmapItem } from './roadmap-item.aggregate';

/**
 * Where roadmap items are kept, with their reminders in the due-time table, in the running unit
 * of work's transaction. Every write hands the item to the unit of work, which publishes its facts.
 */
export abstract class RoadmapItemRepository {
  abstract insert(item: RoadmapItem): Promise<void>;

  /** The item, locked, if the caller may see it: operators any, others those of `agencyIds`. */
  abstract lockVisible(
    id: string,
    operatesPlatform: boolean,
    agencyIds: readonly string[],
  ): Promise<RoadmapItem | null>;

  /** Writes the item if it is still at `previousVersion`; ROADMAP.VERSION_MISMATCH otherwise. */
  abstract update(item: RoadmapItem, previousVersion: number): Promise<void>;

  /** Replaces the item's reminder (none when `remindAt` is null). */
  abstract scheduleReminder(itemId: string, remindAt: Date | null, dueOn: string): Promise<void>;

  /** The identifiers among `ids` that some framework lists as subcategories. */
  abstract knownSubcategories(ids: readonly string[]): Promise<Set<string>>;
}
