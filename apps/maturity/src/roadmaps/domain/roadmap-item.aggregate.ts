import { randomUUID } from 'node:crypto';
import { VersionedAggregateRoot, versionMismatchMessage } from '@csg/domain';
import { MaturityRuleViolation } from '../../maturity-rule.violation';
import { RoadmapItemPlanned, RoadmapItemStatusChanged, type RoadmapItemEvent } from './roadmap-item.events';
import { ROADMAP_ERRORS } from './roadmap.errors';

export const ROADMAP_PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const ROADMAP_EFFORTS = ['XS', 'S', 'M', 'L', 'XL'] as const;
export const ROADMAP_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED'] as const;
export type RoadmapPriority = (typeof ROADMAP_PRIORITIES)[number];
export type RoadmapEffort = (typeof ROADMAP_EFFORTS)[number];
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/** A calendar date `YYYY-MM-DD` (no time zone: due dates are days). */
export type CalendarDate = string;

export interface Milestone {
  title: string;
  dueOn: CalendarDate;
}

export interface RoadmapItemDetails {
  title: string;
  description?: string | null;
  subcategoryIds: string[];
  ownerSub?: string | null;
  priority: RoadmapPriority;
  effort: RoadmapEffort;
  startsOn?: CalendarDate | null;
  dueOn: CalendarDate;
  milestones?: Milestone[];
  practiceIds?: string[];
  sessionId?: string | null;
}

export type RoadmapItemChanges = Partial<RoadmapItemDetails> & { status?: RoadmapStatus };

export interface RoadmapItemState {
  id: string;
  agencyId: string;
  title: string;
  description: string | null;
  subcategoryIds: string[];
  ownerSub: string | null;
  priority: RoadmapPriority;
  effort: RoadmapEffort;
  startsOn: CalendarDate | null;
  dueOn: CalendarDate;
  milestones: Milestone[];
  practiceIds: string[];
  sessionId: string | null;
  status: RoadmapStatus;
  createdBy: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Who changes an item, in the terms of the rule. */
export interface RoadmapEditor {
  sub: string;
  /** Operators and the agency's admins change any item; members only items they own. */
  mayChangeAnyItem: boolean;
}

const OWNER_FIELDS: ReadonlyArray<keyof RoadmapItemChanges> = ['status', 'description', 'milestones'];

/** One step of an agency's roadmap: closes gaps in named subcategories by a due date. */
export class RoadmapItem extends VersionedAggregateRoot<RoadmapItemEvent> {
  private constructor(private state: RoadmapItemState) {
    super();
  }

  /**
   * Plans an item. ItemsNameTheFrameworksSubcategories (`knownSubcategory`) and
   * ItemsStartBeforeTheyAreDueAndMilestonesFallInBetween.
   */
  static plan(
    agencyId: string,
    details: RoadmapItemDetails,
    createdBy: string,
    knownSubcategory: (id: string) => boolean,
    now: Date,
  ): RoadmapItem {
    const state: RoadmapItemState = {
      id: randomUUID(),
      agencyId,
      ...normalise(details),
      status: 'PLANNED',
      createdBy,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    assertValid(state, knownSubcategory);
    const item = new RoadmapItem(state);
    item.record(new RoadmapItemPlanned(item.snapshot()));
    return item;
  }

  static restore(state: RoadmapItemState): RoadmapItem {
    return new RoadmapItem(structuredClone(state));
  }

  get id(): string {
    return this.state.id;
  }

  protected override versionMismatch(version: number): MaturityRuleViolation {
    return new MaturityRuleViolation(ROADMAP_ERRORS.versionMismatch, versionMismatchMessage('item', version));
  }

  /**
   * Applies the changes; returns the previous status when it changed, `undefined` when it did
   * not, and false when nothing changed at all. MembersChangeOnlyTheItemsTheyOwn: a member who
   * owns the item updates its status, description and milestones.
   */
  change(
    changes: RoadmapItemChanges,
    editor: RoadmapEditor,
    knownSubcategory: (id: string) => boolean,
    now: Date,
  ): { changed: boolean; previousStatus: RoadmapStatus | null } {
    const given = Object.fromEntries(
      Object.entries(changes).filter(([, v]) => v !== undefined),
    ) as RoadmapItemChanges;
    if (!editor.mayChangeAnyItem) {
      const ownsIt = this.state.ownerSub !== null && this.state.ownerSub === editor.sub;
      const beyond = Object.keys(given).filter((k) => !OWNER_FIELDS.includes(k as keyof RoadmapItemChanges));
      if (!ownsIt || beyond.length > 0) {
        throw new MaturityRuleViolation(
          ROADMAP_ERRORS.notOwner,
          ownsIt
            ? `As the item's owner you change its status, description and milestones, not ${beyond.join(', ')}.`
            : 'Only the agency-admins and the owner of an item change it.',
        );
      }
    }
    const { status, ...details } = given;
    const next: RoadmapItemState = {
      ...this.state,
      ...normalise({ ...this.stateDetails(), ...details }),
      status: status ?? this.state.status,
    };
    if (JSON.stringify({ ...next, updatedAt: 0 }) === JSON.stringify({ ...this.state, updatedAt: 0 })) {
      return { changed: false, previousStatus: null };
    }
    assertValid(next, knownSubcategory);
    const previousStatus = next.status !== this.state.status ? this.state.status : null;
    this.state = { ...next, version: this.state.version + 1, updatedAt: now };
    if (previousStatus) this.record(new RoadmapItemStatusChanged(this.snapshot(), previousStatus));
    return { changed: true, previousStatus };
  }

  override snapshot(): Readonly<RoadmapItemState> {
    return structuredClone(this.state);
  }

  private stateDetails(): RoadmapItemDetails {
    const {
      title,
      description,
      subcategoryIds,
      ownerSub,
      priority,
      effort,
      startsOn,
      dueOn,
      milestones,
      practiceIds,
      sessionId,
    } = this.state;
    return {
      title,
      description,
      subcategoryIds,
      ownerSub,
      priority,
      effort,
      startsOn,
      dueOn,
      milestones,
      practiceIds,
      sessionId,
    };
  }
}

function normalise(
  d: RoadmapItemDetails,
): Omit<
  RoadmapItemState,
  'id' | 'agencyId' | 'status' | 'createdBy' | 'version' | 'createdAt' | 'updatedAt'
> {
  return {
    title: d.title.trim(),
    description: d.description?.trim() || null,
    subcategoryIds: [...new Set(d.subcategoryIds)],
    ownerSub: d.ownerSub?.trim() || null,
    priority: d.priority,
    effort: d.effort,
    startsOn: d.startsOn ?? null,
    dueOn: d.dueOn,
    milestones: (d.milestones ?? []).map((m) => ({ title: m.title.trim(), dueOn: m.dueOn })),
    practiceIds: [...new Set((d.practiceIds ?? []).map((p) => p.toLowerCase()))],
    sessionId: d.sessionId?.toLowerCase() ?? null,
  };
}

function assertValid(state: RoadmapItemState, knownSubcategory: (id: string) => boolean): void {
  const unknown = state.subcategoryIds.filter((id) => !knownSubcategory(id));
  if (state.subcategoryIds.length === 0 || unknown.length > 0) {
    throw new MaturityRuleViolation(
      ROADMAP_ERRORS.subcategoriesInvalid,
      unknown.length > 0
        ? `${unknown.join(', ')} are not subcategories of the agency's framework.`
        : 'An item closes a gap in at least one subcategory.',
    );
  }
  if (state.startsOn !== null && state.startsOn > state.dueOn) {
    throw new MaturityRuleViolation(ROADMAP_ERRORS.datesInvalid, 'An item starts on or before its due date.');
  }
  const late = state.milestones.filter(
    (m) => m.dueOn > state.dueOn || (state.startsOn !== null && m.dueOn < state.startsOn),
  );
  if (late.length > 0) {
    throw new MaturityRuleViolation(
      ROADMAP_ERRORS.datesInvalid,
      `Milestones fall between the item's start and due date: ${late.map((m) => m.title).join(', ')}.`,
    );
  }
}
