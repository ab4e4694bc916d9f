import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ASSESSMENT_STATUSES } from '@csg/contracts';
import type { Answer } from '../domain/answer-sheet.rule';
import type { AssessmentRow } from '../infrastructure/assessment.reader';

@ApiSchema({ name: 'AssessmentAnswer' })
export class AnswerView {
  @ApiProperty({ example: 'GV.OC-01' }) subcategoryId: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 4, description: '0 not in place … 4 Adaptive' })
  current: number;
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 4,
    description: "the campaign's target unless overridden",
  })
  target: number;
  @ApiProperty() targetOverridden: boolean;
  @ApiProperty({ type: String, nullable: true }) targetReason: string | null;
  @ApiProperty() notApplicable: boolean;
  @ApiProperty({ type: String, nullable: true }) evidence: string | null;
}

/** An assessment without its answers (lists). */
@ApiSchema({ name: 'AssessmentSummary' })
export class AssessmentSummaryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) agencyId: string;
  @ApiProperty({ format: 'uuid' }) campaignId: string;
  @ApiProperty() frameworkId: string;
  @ApiProperty({ enum: ASSESSMENT_STATUSES }) status: string;
  @ApiProperty({ description: 'its campaign closed: nothing changes any more' }) frozen: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) copiedFromId: string | null;
  @ApiProperty({ type: [String] }) sharedWithAgencyIds: string[];
  @ApiProperty({ enum: ['TLP:AMBER+STRICT', 'TLP:AMBER'] }) tlp: string;
  @ApiProperty({ type: 'integer', description: 'subcategories answered' }) answered: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) submittedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewComment: string | null;
  @ApiProperty({ type: 'integer', description: 'also the ETag' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** An assessment with its answers. */
@ApiSchema({ name: 'Assessment' })
export class AssessmentView extends AssessmentSummaryView {
  @ApiProperty({ type: [AnswerView] }) answers: AnswerView[];
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function toAssessmentSummaryView(r: AssessmentRow): AssessmentSummaryView {
  return {
    id: r.id,
    agencyId: r.agencyId,
    campaignId: r.campaignId,
    frameworkId: r.frameworkId,
    status: r.status,
    frozen: r.frozen,
    copiedFromId: r.copiedFromId,
    sharedWithAgencyIds: [...(r.sharedWithAgencyIds ?? [])],
    tlp: r.tlp,
    answered: r.answered,
    submittedAt: iso(r.submittedAt),
    submittedBy: r.submittedBy,
    reviewedAt: iso(r.reviewedAt),
    reviewedBy: r.reviewedBy,
    reviewComment: r.reviewComment,
    version: r.version,
    createdAt: iso(r.createdAt)!,
    updatedAt: iso(r.updatedAt)!,
  };
}

export function toAssessmentView(r: AssessmentRow, answers: Answer[]): AssessmentView {
  return {
    ...toAssessmentSummaryView(r),
    answers: answers.map((a) => ({
      subcategoryId: a.subcategoryId,
      current: a.current,
      target: a.target,
      targetOverridden: a.targetOverridden,
      targetReason: a.targetReason,
      notApplicable: a.notApplicable,
      evidence: a.evidence,
    })),
  };
}
