import { createPlatformEventRegistry } from '@csg/contracts';
import type { TransactionSource } from '@csg/messaging';
import { InMemoryUnitOfWork } from '@csg/messaging/outbox/in-memory-unit-of-work';
import { TestClock } from '@csg/testing/test-clock';
import { MATURITY_OUTBOX } from '../src/maturity.outbox';
import { AgencyMembers } from '../src/roadmaps/domain/agency-members.port';
import { RoadmapItemRepository } from '../src/roadmaps/domain/roadmap-item-repository.port';
import { RoadmapItem, type RoadmapItemState } from '../src/roadmaps/domain/roadmap-item.aggregate';
import { MaturityRuleViolation } from '../src/maturity-rule.violation';

/** Roadmap items and reminders kept in maps, with the table's version check. */
export class InMemoryRoadmapItemRepository extends RoadmapItemRepository {
  readonly rows = new Map<string, RoadmapItemState>();
  readonly reminders = new Map<string, Date>();

  constructor(private readonly transactions: TransactionSource) {
    super();
  }

  async insert(item: RoadmapItem): Promise<void> {
    this.rows.set(item.id, item.snapshot());
    this.transactions.current.track(item);
  }

  async lockVisible(
    id: string,
    operatesPlatform: boolean,
    agencyIds: readonly string[],
  ): Promise<RoadmapItem | null> {
    const row = this.rows.get(id);
    return row && (operatesPlatform || agencyIds.includes(row.agencyId)) ? RoadmapItem.restore(row) : null;
  }

  async update(item: RoadmapItem, previousVersion: number): Promise<void> {
    if (this.rows.get(item.id)?.version !== previousVersion)
      throw new MaturityRuleViolation('ROADMAP.VERSION_MISMATCH', 'The item changed meanwhile; reload it.');
    this.rows.set(item.id, item.snapshot());
    this.transactions.current.track(item);
  }

  async scheduleReminder(itemId: string, remindAt: Date | null): Promise<void> {
    if (remindAt) this.reminders.set(itemId, remindAt);
    else this.reminders.delete(itemId);
  }

  async knownSubcategories(ids: readonly string[]): Promise<Set<string>> {
    return new Set(ids.filter((id) => /^[A-Z]{2}\.[A-Z]{2}-\d{2}$/.test(id)));
  }
}

/** Everyone is a member of every agency, except the `outsider`s. */
export class InMemoryAgencyMembers extends AgencyMembers {
  private readonly outsiders = new Set<string>();

  outsider(agencyId: string, sub: string): void {
    this.outsiders.add(`${agencyId}/${sub}`);
  }

  async isMember(agencyId: string, sub: string): Promise<boolean> {
    return !this.outsiders.has(`${agencyId}/${sub}`);
  }
}

export function inMemoryRoadmaps() {
  const unitOfWork = new InMemoryUnitOfWork(createPlatformEventRegistry(), MATURITY_OUTBOX, '/csg/maturity');
  return {
    unitOfWork,
    items: new InMemoryRoadmapItemRepository(unitOfWork),
    members: new InMemoryAgencyMembers(),
    clock: new TestClock(),
  };
}
