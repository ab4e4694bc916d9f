import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPlatformEventRegistry } from '@csg/contracts';
import { OutboxWriter, UnitOfWork } from '@csg/messaging';
import { createServiceDataSource, openEmbeddedDatabase, redactUrl } from '@csg/persistence';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { ImportFrameworkCommand } from '../frameworks/commands/import-framework/import-framework.command';
import { ImportFrameworkHandler } from '../frameworks/commands/import-framework/import-framework.handler';
import { MATURITY_SERVICE } from '../maturity.service';

async function maturityDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  const fromEnv = process.env.MATURITY_DATABASE_URL || process.env.DATABASE_URL;
  if (fromEnv) return { url: fromEnv, stop: async () => undefined };
  return openEmbeddedDatabase(MATURITY_SERVICE.database);
}

/**
 * `csg frameworks import <catalog.json>`: imports an OSCAL 1.x catalog (JSON) as a framework of
 * the maturity service, the same way as POST /api/v1/frameworks/import. NIST's CSF 2.0 catalog
 * (usnistgov/oscal-content, nist.gov/CSF/v2.0/json/NIST_CSF_v2.0_catalog.json) adds the official
 * statements and examples to the built-in nist-csf-2.0. The database is MATURITY_DATABASE_URL or
 * DATABASE_URL; without either, the embedded platform's (started if it is not running). A catalog
 * the rules refuse throws the service's rule violation (its code says why).
 */
export async function importFrameworkFile(file: string): Promise<void> {
  console.log(`reading ${resolve(file)}`);
  const document: unknown = JSON.parse(readFileSync(resolve(file), 'utf8'));
  const { url, stop } = await maturityDatabase();
  const dataSource = createServiceDataSource({
    name: 'maturity-frameworks-import',
    url,
    entities: [],
    migrations: [...MATURITY_SERVICE.migrations],
  });
  try {
    await dataSource.initialize();
    console.log(`migrating ${redactUrl(url)}`);
    await runMigrations(dataSource, { log: (line) => console.log(line), progressBar: false });
    const unitOfWork = new UnitOfWork(
      dataSource,
      new OutboxWriter(createPlatformEventRegistry(), `/csg/${MATURITY_SERVICE.name}`),
    );
    const result = await new ImportFrameworkHandler(unitOfWork).execute(new ImportFrameworkCommand(document));
    console.log(
      `imported ${result.frameworkId} (revision ${result.revision}): ${result.functions} functions, ${result.categories} categories, ` +
        `${result.subcategories} subcategories` +
        (result.enriched === null
          ? ''
          : `; ${result.enriched} built-in subcategories received their official statement`) +
        (result.ignoredSubcategoryIds.length ? `; left out: ${result.ignoredSubcategoryIds.join(', ')}` : ''),
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await stop();
  }
}
