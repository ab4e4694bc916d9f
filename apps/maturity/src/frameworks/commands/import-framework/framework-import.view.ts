import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** What an import did. */
@ApiSchema({ name: 'FrameworkImport' })
export class FrameworkImportView {
  @ApiProperty({ example: 'nist-csf-2.0' }) frameworkId: string;
  @ApiProperty({ type: 'integer' }) revision: number;
  @ApiProperty({ description: 'true when the import created the framework' }) created: boolean;
  @ApiProperty({ type: 'integer' }) functions: number;
  @ApiProperty({ type: 'integer' }) categories: number;
  @ApiProperty({ type: 'integer' }) subcategories: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'into the built-in framework: how many of its subcategories received an official statement',
  })
  enriched: number | null;
  @ApiProperty({
    type: [String],
    description: 'into the built-in framework: imported subcategories it does not list (left out)',
  })
  ignoredSubcategoryIds: string[];
}
