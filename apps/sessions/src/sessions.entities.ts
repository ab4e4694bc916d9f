import { CertificateOrmEntity } from './certificates/infrastructure/certificate.orm-entity';
import { FeedbackOrmEntity } from './feedback/infrastructure/feedback.orm-entity';
import { MaterialOrmEntity } from './materials/infrastructure/material.orm-entity';
import { RegistrationOrmEntity } from './registrations/infrastructure/registration.orm-entity';
import { AgendaItemOrmEntity } from './sessions/infrastructure/agenda-item.orm-entity';
import { SessionOrmEntity } from './sessions/infrastructure/session.orm-entity';

/** Every TypeORM entity of the sessions database (the module and the test fixtures open it with these). */
export const SESSIONS_ENTITIES = [
  SessionOrmEntity,
  AgendaItemOrmEntity,
  RegistrationOrmEntity,
  MaterialOrmEntity,
  FeedbackOrmEntity,
  CertificateOrmEntity,
];
