import type { DataSource } from 'typeorm';
import { createPlatformEventRegistry } from '@csg/contracts';
import { OutboxWriter, UnitOfWork } from '@csg/messaging';
import { runMigrations } from '@csg/persistence/migrations/run-migrations';
import { createServiceDataSource } from '@csg/persistence/service-data-source';
import { createTestDatabase } from '@csg/testing/postgres/test-database';
import { AssessmentOrmEntity } from '../src/assessments/infrastructure/assessment.orm-entity';
import { CampaignOrmEntity } from '../src/campaigns/infrastructure/campaign.orm-entity';
import { FrameworkOrmEntity } from '../src/frameworks/infrastructure/framework.orm-entity';
import { MATURITY_MIGRATIONS } from '../src/maturity.migrations';
import { RoadmapItemOrmEntity } from '../src/roadmaps/infrastructure/roadmap-item.orm-entity';

export interface MaturityDatabase {
  dataSource: DataSource;
  unitOfWork: UnitOfWork;
  drop(): Promise<void>;
}

/** A fresh database with every maturity migration applied, as the service opens it. */
export async function openMaturityDatabase(prefix: string): Promise<MaturityDatabase> {
  const database = await createTestDatabase(prefix);
  const dataSource = createServiceDataSource({
    name: prefix,
    url: database.url,
    entities: [FrameworkOrmEntity, CampaignOrmEntity, AssessmentOrmEntity, RoadmapItemOrmEntity],
    migrations: MATURITY_MIGRATIONS,
  });
  await dataSource.initialize();
  await runMigrations(dataSource, { log: () => undefined, progressBar: false });
  return {
    dataSource,
    unitOfWork: new UnitOfWork(dataSource, new OutboxWriter(createPlatformEventRegistry(), '/csg/maturity')),
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}
