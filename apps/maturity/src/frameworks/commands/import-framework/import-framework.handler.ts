import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { enrichBuiltIn } from '../../domain/built-in-enrichment.rule';
import { BUILT_IN_FRAMEWORK_ID, builtInFramework } from '../../domain/framework-definition';
import { parseOscalCatalog } from '../../domain/oscal-catalog.parser';
import { FrameworkStore } from '../../infrastructure/framework.store';
import type { FrameworkImportView } from './framework-import.view';
import { ImportFrameworkCommand } from './import-framework.command';

/**
 * Parses before it opens a transaction (a refused catalog changes nothing), then creates or
 * replaces the framework; NIST's CSF 2.0 catalog only adds texts to the built-in structure.
 */
@CommandHandler(ImportFrameworkCommand)
export class ImportFrameworkHandler implements ICommandHandler<ImportFrameworkCommand, FrameworkImportView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute({ document }: ImportFrameworkCommand): Promise<FrameworkImportView> {
    const imported = parseOscalCatalog(document);
    return this.unitOfWork.run(async (tx) => {
      const store = new FrameworkStore(tx.manager);
      const intoBuiltIn = imported.id === BUILT_IN_FRAMEWORK_ID;
      const enrichment = intoBuiltIn ? enrichBuiltIn(builtInFramework(), imported) : null;
      const framework = enrichment?.framework ?? imported;
      const { revision, created } = await store.save(framework);
      const categories = framework.functions.flatMap((f) => f.categories);
      return {
        frameworkId: framework.id,
        revision,
        created,
        functions: framework.functions.length,
        categories: categories.length,
        subcategories: categories.flatMap((c) => c.subcategories).length,
        enriched: enrichment?.enriched ?? null,
        ignoredSubcategoryIds: enrichment?.ignored ?? [],
      };
    });
  }
}
