import { CommentOrmEntity } from './discussion/infrastructure/comment.orm-entity';
import { EndorsementOrmEntity } from './discussion/infrastructure/endorsement.orm-entity';
import { PracticeRevisionOrmEntity } from './practices/infrastructure/practice-revision.orm-entity';
import { PracticeOrmEntity } from './practices/infrastructure/practice.orm-entity';
import { KnownSessionOrmEntity } from './session-directory/infrastructure/known-session.orm-entity';

/** Every TypeORM entity of the exchange database. */
export const EXCHANGE_ENTITIES = [
  PracticeOrmEntity,
  PracticeRevisionOrmEntity,
  CommentOrmEntity,
  EndorsementOrmEntity,
  KnownSessionOrmEntity,
];
