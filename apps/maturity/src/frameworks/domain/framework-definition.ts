import { NIST_CSF_2_0, type FrameworkCatalogue } from '@csg/frameworks';

/** A framework as data: functions → categories → subcategories, with the official texts when known. */
export interface FrameworkDefinition {
  id: string;
  name: string;
  /** The publisher's version of the framework (e.g. `2.0`). */
  version: string;
  source: FrameworkSource;
  functions: FunctionNode[];
}

export type FrameworkSource = 'BUILT_IN' | 'OSCAL';

export interface FunctionNode {
  id: string;
  name: string;
  statement: string | null;
  categories: CategoryNode[];
}

export interface CategoryNode {
  id: string;
  name: string;
  statement: string | null;
  subcategories: SubcategoryNode[];
}

/** What an agency assesses: one outcome with a current and a target tier. */
export interface SubcategoryNode {
  id: string;
  statement: string | null;
  examples: string[];
}

export const BUILT_IN_FRAMEWORK_ID = NIST_CSF_2_0.id;

/** The built-in NIST CSF 2.0 structure (identifiers and names, no statements until NIST's catalog is imported). */
export function builtInFramework(catalogue: FrameworkCatalogue = NIST_CSF_2_0): FrameworkDefinition {
  return {
    id: catalogue.id,
    name: catalogue.name,
    version: catalogue.version,
    source: 'BUILT_IN',
    functions: catalogue.functions.map((fn) => ({
      id: fn.id,
      name: fn.name,
      statement: null,
      categories: fn.categories.map((category) => ({
        id: category.id,
        name: category.name,
        statement: null,
        subcategories: category.subcategories.map((id) => ({ id, statement: null, examples: [] })),
      })),
    })),
  };
}

export function subcategoryIdsOf(framework: FrameworkDefinition): string[] {
  return framework.functions.flatMap((f) => f.categories.flatMap((c) => c.subcategories.map((s) => s.id)));
}
