import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { GapRow, RollUpRow } from '../../infrastructure/profile.reader';

@ApiSchema({ name: 'ProfileScore' })
export class ScoreView {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'mean current tier over answered and applicable subcategories',
  })
  current: number | null;
  @ApiProperty({ type: Number, nullable: true }) target: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'mean of max(target − current, 0)' }) gap:
    number | null;
  @ApiProperty({ type: 'integer' }) answered: number;
}

@ApiSchema({ name: 'ProfileCategory' })
export class CategoryScoreView extends ScoreView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

@ApiSchema({ name: 'ProfileFunction' })
export class FunctionScoreView extends ScoreView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [CategoryScoreView] }) categories: CategoryScoreView[];
}

@ApiSchema({ name: 'ProfileGap' })
export class GapView {
  @ApiProperty() subcategoryId: string;
  @ApiProperty() categoryId: string;
  @ApiProperty() functionId: string;
  @ApiProperty({ type: 'integer' }) current: number;
  @ApiProperty({ type: 'integer' }) target: number;
  @ApiProperty({ type: 'integer' }) gap: number;
  @ApiProperty({ description: 'gap × function weight: the order gaps are worth closing in' })
  priority: number;
}

/** Current and target profile, rolled up by category and function, and the gaps in priority order. */
@ApiSchema({ name: 'AssessmentProfile' })
export class AssessmentProfileView {
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty() frameworkId: string;
  @ApiProperty({ type: ScoreView }) overall: ScoreView;
  @ApiProperty({ type: [FunctionScoreView] }) functions: FunctionScoreView[];
  @ApiProperty({ type: [GapView] }) gaps: GapView[];
}

const score = (r: RollUpRow): ScoreView => ({
  current: r.current,
  target: r.target,
  gap: r.gap,
  answered: r.answered,
});

export function toProfileView(
  assessmentId: string,
  frameworkId: string,
  rows: RollUpRow[],
  gaps: GapRow[],
): AssessmentProfileView {
  const overall = rows.find((r) => r.level === 'overall');
  const functions = rows
    .filter((r) => r.level === 'function')
    .map((f) => ({
      id: f.functionId!,
      name: f.functionName ?? f.functionId!,
      ...score(f),
      categories: rows
        .filter((c) => c.level === 'category' && c.functionId === f.functionId)
        .map((c) => ({ id: c.categoryId!, name: c.categoryName ?? c.categoryId!, ...score(c) })),
    }));
  return {
    assessmentId,
    frameworkId,
    overall: overall ? score(overall) : { current: null, target: null, gap: null, answered: 0 },
    functions,
    gaps: gaps.map((g) => ({
      subcategoryId: g.subcategoryId,
      categoryId: g.categoryId,
      functionId: g.functionId,
      current: g.current,
      target: g.target,
      gap: g.gap,
      priority: g.priority,
    })),
  };
}
