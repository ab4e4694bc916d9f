import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { ChangeRow } from '../../infrastructure/profile.reader';

@ApiSchema({ name: 'SubcategoryChange' })
export class SubcategoryChangeView {
  @ApiProperty() subcategoryId: string;
  @ApiProperty({ enum: ['IMPROVED', 'REGRESSED', 'UNCHANGED', 'NOT_COMPARABLE'] }) change: string;
  @ApiProperty({ type: 'integer', nullable: true }) current: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'in the assessment compared against' })
  previous: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) delta: number | null;
}

@ApiSchema({ name: 'AssessmentDiffSummary' })
export class DiffSummaryView {
  @ApiProperty({ type: 'integer' }) improved: number;
  @ApiProperty({ type: 'integer' }) regressed: number;
  @ApiProperty({ type: 'integer' }) unchanged: number;
  @ApiProperty({ type: 'integer' }) notComparable: number;
}

/** What improved, regressed and stayed between two assessments of the same framework. */
@ApiSchema({ name: 'AssessmentDiff' })
export class AssessmentDiffView {
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ format: 'uuid' }) againstId: string;
  @ApiProperty({ type: DiffSummaryView }) summary: DiffSummaryView;
  @ApiProperty({ type: [SubcategoryChangeView] }) changes: SubcategoryChangeView[];
}

export function toDiffView(assessmentId: string, againstId: string, rows: ChangeRow[]): AssessmentDiffView {
  const count = (change: string) => rows.filter((r) => r.change === change).length;
  return {
    assessmentId,
    againstId,
    summary: {
      improved: count('IMPROVED'),
      regressed: count('REGRESSED'),
      unchanged: count('UNCHANGED'),
      notComparable: count('NOT_COMPARABLE'),
    },
    changes: rows.map((r) => ({
      subcategoryId: r.subcategoryId,
      change: r.change,
      current: r.current,
      previous: r.previous,
      delta: r.delta,
    })),
  };
}
