import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import type { ServiceModuleConfig } from '@csg/runtime';
import { ASSESSMENT_PARTS } from './assessments/assessments.parts';
import { CAMPAIGN_PARTS } from './campaigns/campaigns.parts';
import { AgencyDirectoryProjection } from './directory/infrastructure/agency-directory.projection';
import { FRAMEWORK_PARTS } from './frameworks/frameworks.parts';
import { MATURITY_MIGRATIONS } from './maturity.migrations';
import { RECOMMENDATION_PARTS } from './recommendations/recommendations.parts';
import { REPORT_PARTS } from './reports/reports.parts';
import { ROADMAP_PARTS } from './roadmaps/roadmaps.parts';
import { AssessmentOrmEntity } from './assessments/infrastructure/assessment.orm-entity';
import { CampaignOrmEntity } from './campaigns/infrastructure/campaign.orm-entity';
import { FrameworkOrmEntity } from './frameworks/infrastructure/framework.orm-entity';
import { RoadmapItemOrmEntity } from './roadmaps/infrastructure/roadmap-item.orm-entity';

/**
 * The maturity service: frameworks, campaigns, assessments, roadmaps, recommendations and
 * reports. Each context lists its controllers and providers in its own `*.parts.ts`.
 */
@Module({})
export class MaturityModule {
  static register(options: ServiceModuleConfig): DynamicModule {
    const parts = [
      FRAMEWORK_PARTS,
      CAMPAIGN_PARTS,
      ASSESSMENT_PARTS,
      ROADMAP_PARTS,
      RECOMMENDATION_PARTS,
      REPORT_PARTS,
    ];
    return {
      module: MaturityModule,
      imports: [
        PersistenceModule.forService({
          name: 'maturity',
          url: options.databaseUrl,
          entities: [FrameworkOrmEntity, CampaignOrmEntity, AssessmentOrmEntity, RoadmapItemOrmEntity],
          migrations: MATURITY_MIGRATIONS,
        }),
        MessagingModule.forService({
          service: 'maturity',
          databaseUrl: options.databaseUrl,
          outbox: options.outbox,
        }),
        ServiceAuthModule.forService('maturity'),
      ],
      controllers: parts.flatMap((p) => p.controllers),
      providers: [AgencyDirectoryProjection, ...parts.flatMap((p) => p.providers)],
    };
  }
}
