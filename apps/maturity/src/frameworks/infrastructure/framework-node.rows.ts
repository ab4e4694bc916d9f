import type { FrameworkDefinition } from '../domain/framework-definition';

/** One row of `framework_nodes`. */
export interface FrameworkNodeRow {
  id: string;
  level: 'function' | 'category' | 'subcategory';
  functionId: string;
  categoryId: string | null;
  name: string | null;
  statement: string | null;
  examples: string[];
  position: number;
}

/** The framework's tree as rows in reading order (positions number every node once). */
export function frameworkNodeRows(framework: FrameworkDefinition): FrameworkNodeRow[] {
  const rows: FrameworkNodeRow[] = [];
  const push = (row: Omit<FrameworkNodeRow, 'position'>) => rows.push({ ...row, position: rows.length });
  for (const fn of framework.functions) {
    push({
      id: fn.id,
      level: 'function',
      functionId: fn.id,
      categoryId: null,
      name: fn.name,
      statement: fn.statement,
      examples: [],
    });
    for (const category of fn.categories) {
      push({
        id: category.id,
        level: 'category',
        functionId: fn.id,
        categoryId: category.id,
        name: category.name,
        statement: category.statement,
        examples: [],
      });
      for (const sub of category.subcategories) {
        push({
          id: sub.id,
          level: 'subcategory',
          functionId: fn.id,
          categoryId: category.id,
          name: null,
          statement: sub.statement,
          examples: sub.examples,
        });
      }
    }
  }
  return rows;
}
