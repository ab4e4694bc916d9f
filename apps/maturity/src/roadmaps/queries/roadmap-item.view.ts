import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import {
  ROADMAP_EFFORTS,
  ROADMAP_PRIORITIES,
  ROADMAP_STATUSES,
  type RoadmapItemState,
} from '../domain/roadmap-item.aggregate';

@ApiSchema({ name: 'RoadmapMilestone' })
export class MilestoneView {
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
}

/** One item of an agency's roadmap. */
@ApiSchema({ name: 'RoadmapItem' })
export class RoadmapItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: [String] }) subcategoryIds: string[];
  @ApiProperty({ type: String, nullable: true }) ownerSub: string | null;
  @ApiProperty({ enum: ROADMAP_PRIORITIES }) priority: string;
  @ApiProperty({ enum: ROADMAP_EFFORTS }) effort: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startsOn: string | null;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ type: [MilestoneView] }) milestones: MilestoneView[];
  @ApiProperty({ type: [String] }) practiceIds: string[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sessionId: string | null;
  @ApiProperty({ enum: ROADMAP_STATUSES }) status: string;
  @ApiProperty({ type: 'integer', description: 'also the ETag' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function toRoadmapItemView(s: Readonly<RoadmapItemState>): RoadmapItemView {
  return {
    id: s.id,
    agencyId: s.agencyId,
    title: s.title,
    description: s.description,
    subcategoryIds: [...s.subcategoryIds],
    ownerSub: s.ownerSub,
    priority: s.priority,
    effort: s.effort,
    startsOn: s.startsOn,
    dueOn: s.dueOn,
    milestones: s.milestones.map((m) => ({ title: m.title, dueOn: m.dueOn })),
    practiceIds: [...s.practiceIds],
    sessionId: s.sessionId,
    status: s.status,
    version: s.version,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}
