import { Module, type DynamicModule } from '@nestjs/common';
import { AgencyDirectoryProjectionHandler, ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import { composeParts, type ServiceModuleConfig } from '@csg/runtime';
import { AGENCY_DIRECTORY_PARTS } from './agency-directory/agency-directory.parts';
import { CERTIFICATE_PARTS } from './certificates/certificates.parts';
import { FEEDBACK_PARTS } from './feedback/feedback.parts';
import { MATERIAL_PARTS } from './materials/materials.parts';
import { REGISTRATION_PARTS } from './registrations/registrations.parts';
import { REPORT_PARTS } from './reports/reports.parts';
import { SESSIONS_ENTITIES } from './sessions.entities';
import { SESSIONS_MIGRATIONS } from './sessions.migrations';
import { SESSION_PARTS } from './sessions/sessions.parts';

/**
 * The sessions service: programme sessions, agendas, registrations, attendance, materials,
 * feedback, reports and certificates of attendance. Each context lists its use cases in its own `*.parts.ts` (ADR 66); the
 * agency directory is the auth library's projection (ADR 67).
 */
@Module({})
export class SessionsModule {
  static register(options: ServiceModuleConfig): DynamicModule {
    const { controllers, providers } = composeParts(
      FEEDBACK_PARTS,
      MATERIAL_PARTS,
      REGISTRATION_PARTS,
      REPORT_PARTS,
      SESSION_PARTS,
      CERTIFICATE_PARTS,
      AGENCY_DIRECTORY_PARTS,
    );
    return {
      module: SessionsModule,
      imports: [
        PersistenceModule.forService({
          name: 'sessions',
          url: options.databaseUrl,
          entities: SESSIONS_ENTITIES,
          migrations: SESSIONS_MIGRATIONS,
        }),
        MessagingModule.forService({
          service: 'sessions',
          databaseUrl: options.databaseUrl,
          outbox: options.outbox,
        }),
        ServiceAuthModule.forService('sessions'),
      ],
      controllers,
      providers: [AgencyDirectoryProjectionHandler, ...providers],
    };
  }
}
