import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ROADMAP_EFFORTS, ROADMAP_PRIORITIES } from '../../domain/roadmap-item.aggregate';
import type { DraftItem } from '../../domain/roadmap-draft.rule';

@ApiSchema({ name: 'RoadmapDraftItem' })
export class DraftItemView {
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: [String] }) subcategoryIds: string[];
  @ApiProperty({ enum: ROADMAP_PRIORITIES }) priority: string;
  @ApiProperty({ enum: ROADMAP_EFFORTS }) effort: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startsOn: string | null;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ description: 'why this item: the gaps it closes' }) reason: string;
}

/** Proposed roadmap items for the largest gaps; nothing is saved until the agency creates them. */
@ApiSchema({ name: 'RoadmapDraft' })
export class RoadmapDraftView {
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty({ type: [DraftItemView] }) items: DraftItemView[];
}

export function toDraftItemView(item: DraftItem): DraftItemView {
  return {
    title: item.title,
    description: item.description ?? null,
    subcategoryIds: [...item.subcategoryIds],
    priority: item.priority,
    effort: item.effort,
    startsOn: item.startsOn ?? null,
    dueOn: item.dueOn,
    reason: item.reason,
  };
}
