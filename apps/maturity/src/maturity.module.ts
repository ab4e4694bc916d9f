import { Module, type DynamicModule } from '@nestjs/common';
import { AgencyDirectoryProjectionHandler, ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import { composeParts, type ServiceModuleConfig } from '@csg/runtime';
import { ASSESSMENT_PARTS } from './assessments/assessments.parts';
import { AssessmentOrmEntity } from './assessments/infrastructure/assessment.orm-entity';
import { CAMPAIGN_PARTS } from './campaigns/campaigns.parts';
import { DOCUMENT_PARTS } from './documents/documents.parts';
import { CampaignOrmEntity } from './campaigns/infrastructure/campaign.orm-entity';
import { FRAMEWORK_PARTS } from './frameworks/frameworks.parts';
import { FrameworkOrmEntity } from './frameworks/infrastructure/framework.orm-entity';
import { MATURITY_MIGRATIONS } from './maturity.migrations';
import { RECOMMENDATION_PARTS } from './recommendations/recommendations.parts';
import { REPORT_PARTS } from './reports/reports.parts';
import { RoadmapItemOrmEntity } from './roadmaps/infrastructure/roadmap-item.orm-entity';
import { ROADMAP_PARTS } from './roadmaps/roadmaps.parts';

/**
 * The maturity service: frameworks, campaigns, assessments, roadmaps, recommendations and
 * reports, and the documents people read of them. Each context lists its use cases in its own `*.parts.ts` (ADR 66); the agency
 * directory is the auth library's projection (ADR 67).
 */
@Module({})
export class MaturityModule {
  static register(options: ServiceModuleConfig): DynamicModule {
    const { controllers, providers } = composeParts(
      FRAMEWORK_PARTS,
      CAMPAIGN_PARTS,
      ASSESSMENT_PARTS,
      ROADMAP_PARTS,
      RECOMMENDATION_PARTS,
      REPORT_PARTS,
      DOCUMENT_PARTS,
    );
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
      controllers,
      providers: [AgencyDirectoryProjectionHandler, ...providers],
    };
  }
}
