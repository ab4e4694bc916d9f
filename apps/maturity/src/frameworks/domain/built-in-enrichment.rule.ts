import type { FrameworkDefinition } from './framework-definition';

export interface Enrichment {
  framework: FrameworkDefinition;
  /** Subcategories of the built-in framework that received a statement. */
  enriched: number;
  /** Imported subcategories the built-in framework does not list (withdrawn or unknown there). */
  ignored: string[];
}

/**
 * ImportingNistsCatalogOnlyAddsTexts: the built-in framework keeps its own structure (the
 * identifiers every service shares); NIST's catalog adds the official statements and
 * examples to the functions, categories and subcategories it also lists.
 */
export function enrichBuiltIn(builtIn: FrameworkDefinition, imported: FrameworkDefinition): Enrichment {
  const fns = new Map(imported.functions.map((f) => [f.id, f]));
  const categories = new Map(imported.functions.flatMap((f) => f.categories.map((c) => [c.id, c] as const)));
  const subs = new Map(
    imported.functions.flatMap((f) =>
      f.categories.flatMap((c) => c.subcategories.map((s) => [s.id, s] as const)),
    ),
  );
  const known = new Set<string>();
  let enriched = 0;
  const framework: FrameworkDefinition = {
    ...builtIn,
    functions: builtIn.functions.map((fn) => ({
      ...fn,
      statement: fns.get(fn.id)?.statement ?? fn.statement,
      categories: fn.categories.map((category) => ({
        ...category,
        statement: categories.get(category.id)?.statement ?? category.statement,
        subcategories: category.subcategories.map((sub) => {
          known.add(sub.id);
          const found = subs.get(sub.id);
          if (!found) return sub;
          if (found.statement) enriched += 1;
          return { id: sub.id, statement: found.statement ?? sub.statement, examples: found.examples };
        }),
      })),
    })),
  };
  return { framework, enriched, ignored: [...subs.keys()].filter((id) => !known.has(id)) };
}
