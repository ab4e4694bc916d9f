import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { PracticeSummaryView } from '../practice.view';

@ApiSchema({ name: 'FacetCount' })
export class FacetCountView {
  @ApiProperty() value: string;
  @ApiProperty() count: number;
}

/** Counts over everything the caller may read that matches the search (not only this page). */
@ApiSchema({ name: 'PracticeFacets' })
export class PracticeFacetsView {
  @ApiProperty({ description: 'matching practices the caller may read' }) total: number;
  @ApiProperty({ type: [FacetCountView] }) sectors: FacetCountView[];
  @ApiProperty({ type: [FacetCountView], description: 'the 20 most frequent' }) tags: FacetCountView[];
  @ApiProperty({ type: [FacetCountView], description: 'NIST CSF 2.0 functions (GV, ID, PR, DE, RS, RC)' })
  frameworkFunctions: FacetCountView[];
}

@ApiSchema({ name: 'PracticeSearchPage' })
export class PracticeSearchPage {
  @ApiProperty({ type: [PracticeSummaryView] }) items: PracticeSummaryView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
  @ApiPropertyOptional({ type: PracticeFacetsView, description: 'on the first page, unless facets=false' })
  facets?: PracticeFacetsView;
}
