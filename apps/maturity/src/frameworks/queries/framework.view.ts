import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import type { FrameworkDefinition } from '../domain/framework-definition';
import type { FrameworkSummaryRow } from '../infrastructure/framework.store';

@ApiSchema({ name: 'FrameworkSummary' })
export class FrameworkSummaryView {
  @ApiProperty({ example: 'nist-csf-2.0' }) id: string;
  @ApiProperty({ example: 'NIST Cybersecurity Framework 2.0' }) name: string;
  @ApiProperty({ example: '2.0', description: "the publisher's version" }) version: string;
  @ApiProperty({ enum: ['BUILT_IN', 'OSCAL'] }) source: string;
  @ApiProperty({ type: 'integer', description: 'increases with every import' }) revision: number;
  @ApiProperty({ type: 'integer' }) functions: number;
  @ApiProperty({ type: 'integer' }) categories: number;
  @ApiProperty({ type: 'integer' }) subcategories: number;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

@ApiSchema({ name: 'FrameworkSubcategory' })
export class SubcategoryView {
  @ApiProperty({ example: 'GV.OC-01' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'the official statement, once imported' })
  statement: string | null;
  @ApiProperty({ type: [String] }) examples: string[];
}

@ApiSchema({ name: 'FrameworkCategory' })
export class CategoryView {
  @ApiProperty({ example: 'GV.OC' }) id: string;
  @ApiProperty({ example: 'Organizational Context' }) name: string;
  @ApiProperty({ type: String, nullable: true }) statement: string | null;
  @ApiProperty({ type: [SubcategoryView] }) subcategories: SubcategoryView[];
}

@ApiSchema({ name: 'FrameworkFunction' })
export class FunctionView {
  @ApiProperty({ example: 'GV' }) id: string;
  @ApiProperty({ example: 'Govern' }) name: string;
  @ApiProperty({ type: String, nullable: true }) statement: string | null;
  @ApiProperty({ type: [CategoryView] }) categories: CategoryView[];
}

/** A framework with its functions → categories → subcategories. */
@ApiSchema({ name: 'Framework' })
export class FrameworkView {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() version: string;
  @ApiProperty({ enum: ['BUILT_IN', 'OSCAL'] }) source: string;
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty({ type: [FunctionView] }) functions: FunctionView[];
}

export function toFrameworkSummaryView(row: FrameworkSummaryRow): FrameworkSummaryView {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    source: row.source,
    revision: row.revision,
    functions: row.functions,
    categories: row.categories,
    subcategories: row.subcategories,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export function toFrameworkView(framework: FrameworkDefinition & { revision: number }): FrameworkView {
  return {
    id: framework.id,
    name: framework.name,
    version: framework.version,
    source: framework.source,
    revision: framework.revision,
    functions: framework.functions.map((fn) => ({
      id: fn.id,
      name: fn.name,
      statement: fn.statement,
      categories: fn.categories.map((c) => ({
        id: c.id,
        name: c.name,
        statement: c.statement,
        subcategories: c.subcategories.map((s) => ({
          id: s.id,
          statement: s.statement,
          examples: [...s.examples],
        })),
      })),
    })),
  };
}
