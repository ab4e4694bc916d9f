/** A framework's structure: functions → categories → subcategories (identifiers, with names above them). */
export interface FrameworkCatalogue {
  id: string;
  name: string;
  version: string;
  functions: FrameworkFunction[];
}

export interface FrameworkFunction {
  id: string;
  name: string;
  categories: FrameworkCategory[];
}

export interface FrameworkCategory {
  id: string;
  name: string;
  subcategories: string[];
}

/** What a reference names: a whole function, a category or one subcategory. */
export type FrameworkReferenceLevel = 'function' | 'category' | 'subcategory';

export interface ResolvedReference {
  id: string;
  level: FrameworkReferenceLevel;
  functionId: string;
  categoryId?: string;
}

/** Lookups over one catalogue, built once. */
export class FrameworkIndex {
  private readonly references = new Map<string, ResolvedReference>();

  constructor(readonly catalogue: FrameworkCatalogue) {
    for (const fn of catalogue.functions) {
      this.references.set(fn.id, { id: fn.id, level: 'function', functionId: fn.id });
      for (const category of fn.categories) {
        this.references.set(category.id, {
          id: category.id,
          level: 'category',
          functionId: fn.id,
          categoryId: category.id,
        });
        for (const sub of category.subcategories) {
          this.references.set(sub, {
            id: sub,
            level: 'subcategory',
            functionId: fn.id,
            categoryId: category.id,
          });
        }
      }
    }
  }

  /** The reference when it names a category or subcategory of this framework (case as published). */
  resolve(reference: string): ResolvedReference | undefined {
    return this.references.get(reference);
  }

  /** True for a category (`PR.AA`) or a subcategory (`PR.AA-01`); functions alone are too broad to cite. */
  isCitable(reference: string): boolean {
    const found = this.references.get(reference);
    return found !== undefined && found.level !== 'function';
  }

  /** The references in `candidates` that are not categories or subcategories of this framework. */
  unknown(candidates: readonly string[]): string[] {
    return candidates.filter((c) => !this.isCitable(c));
  }

  subcategoryIds(): string[] {
    return this.catalogue.functions.flatMap((f) => f.categories.flatMap((c) => c.subcategories));
  }

  categoryIds(): string[] {
    return this.catalogue.functions.flatMap((f) => f.categories.map((c) => c.id));
  }

  functionIds(): string[] {
    return this.catalogue.functions.map((f) => f.id);
  }

  /** The subcategories a reference covers: itself, or every subcategory of a category or function. */
  subcategoriesCoveredBy(reference: string): string[] {
    const found = this.references.get(reference);
    if (!found) return [];
    if (found.level === 'subcategory') return [found.id];
    return this.catalogue.functions
      .filter((f) => f.id === found.functionId)
      .flatMap((f) => f.categories)
      .filter((c) => found.level === 'function' || c.id === found.categoryId)
      .flatMap((c) => c.subcategories);
  }
}
