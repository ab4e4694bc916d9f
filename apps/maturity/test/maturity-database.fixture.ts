import { openServiceTestDatabase, type ServiceTestDatabase } from '@csg/testing/postgres/service-database';
import { AssessmentOrmEntity } from '../src/assessments/infrastructure/assessment.orm-entity';
import { CampaignOrmEntity } from '../src/campaigns/infrastructure/campaign.orm-entity';
import { FrameworkOrmEntity } from '../src/frameworks/infrastructure/framework.orm-entity';
import { MATURITY_MIGRATIONS } from '../src/maturity.migrations';
import { RoadmapItemOrmEntity } from '../src/roadmaps/infrastructure/roadmap-item.orm-entity';

export type MaturityDatabase = ServiceTestDatabase;

/** A fresh database with every maturity migration applied, as the service opens it. */
export function openMaturityDatabase(prefix: string): Promise<MaturityDatabase> {
  return openServiceTestDatabase(prefix, {
    service: 'maturity',
    entities: [FrameworkOrmEntity, CampaignOrmEntity, AssessmentOrmEntity, RoadmapItemOrmEntity],
    migrations: MATURITY_MIGRATIONS,
  });
}
