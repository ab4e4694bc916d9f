import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { TLP_MARKINGS } from '@csg/auth';
import { REVISION_KINDS, type PracticeRevision } from '../domain/practice-revision.entity';

/** One immutable revision: who, when, what changed, and the practice as it read afterwards. */
@ApiSchema({ name: 'PracticeRevision' })
export class PracticeRevisionView {
  @ApiProperty({ minimum: 1 }) number: number;
  @ApiProperty({ enum: REVISION_KINDS }) kind: string;
  @ApiProperty({
    description: 'who made the change (the approving reviewer for MARKING_APPROVED and REVISION_PUBLISHED)',
  })
  authorSub: string;
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
  @ApiProperty({
    description:
      'an edit of the published practice that readers did not see (its content was proposed for review); listed only to the owning agency and, while a revision is submitted, its reviewers',
  })
  proposal: boolean;
  @ApiProperty({
    description:
      'the pending revision: what an approval would publish (readers still read the published one)',
  })
  pending: boolean;
}

export function toRevisionView(revision: PracticeRevision, pending = false): PracticeRevisionView {
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
    proposal: revision.proposal,
    pending,
  };
}
