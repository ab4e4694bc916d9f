import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TLP_MARKINGS } from '@csg/auth';
import type { PracticeRevision } from '../domain/practice-revision.entity';

/** One immutable revision: who, when, what changed, and the practice as it read afterwards. */
@ApiSchema({ name: 'PracticeRevision' })
export class PracticeRevisionView {
  @ApiProperty({ minimum: 1 }) number: number;
  @ApiProperty({ enum: ['CREATED', 'REVISED', 'MARKING_APPROVED'] }) kind: string;
  @ApiProperty({ description: 'who made the change (an organiser for MARKING_APPROVED)' }) authorSub: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [String], example: ['title', 'marking'] }) changedFields: string[];
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: [String] }) sectors: string[];
  @ApiProperty({ type: [String] }) frameworkRefs: string[];
  @ApiProperty({ enum: TLP_MARKINGS }) tlp: string;
  @ApiProperty({ type: [String] }) sharedWithAgencyIds: string[];
  @ApiProperty({ type: [String] }) recipientSubs: string[];
  @ApiProperty({ type: String, nullable: true, description: 'a widening waiting for an organiser' })
  pendingTlp: string | null;
}

export function toRevisionView(revision: PracticeRevision): PracticeRevisionView {
  return {
    number: revision.number,
    kind: revision.kind,
    authorSub: revision.authorSub,
    createdAt: revision.createdAt.toISOString(),
    changedFields: [...revision.changedFields],
    ...revision.content,
    tags: [...revision.content.tags],
    sectors: [...revision.content.sectors],
    frameworkRefs: [...revision.content.frameworkRefs],
    tlp: revision.marking.tlp,
    sharedWithAgencyIds: [...revision.marking.sharedWithAgencyIds],
    recipientSubs: [...revision.marking.recipientSubs],
    pendingTlp: revision.pendingMarking?.tlp ?? null,
  };
}
