import { Module, type DynamicModule } from '@nestjs/common';
import { ServiceAuthModule } from '@csg/auth';
import { MessagingModule } from '@csg/messaging';
import { PersistenceModule } from '@csg/persistence';
import type { ServiceModuleConfig } from '@csg/runtime';
import { CommentRepository } from './discussion/domain/comment-repository.port';
import { EndorsementRepository } from './discussion/domain/endorsement-repository.port';
import { TypeOrmCommentRepository } from './discussion/infrastructure/comment.repository';
import { TypeOrmEndorsementRepository } from './discussion/infrastructure/endorsement.repository';
import { PracticeRepository } from './practices/domain/practice-repository.port';
import { TypeOrmPracticeRepository } from './practices/infrastructure/practice.repository';
import { SessionDirectory } from './session-directory/domain/session-directory.port';
import { SessionDirectoryProjection } from './session-directory/infrastructure/session-directory.projection';
import { SqlSessionDirectory } from './session-directory/infrastructure/session-directory.reader';
import { EditCommentController } from './discussion/commands/edit-comment/edit-comment.controller';
import { EndorsePracticeController } from './discussion/commands/endorse-practice/endorse-practice.controller';
import { PostCommentController } from './discussion/commands/post-comment/post-comment.controller';
import { RemoveCommentController } from './discussion/commands/remove-comment/remove-comment.controller';
import { ListCommentsController } from './discussion/queries/list-comments/list-comments.controller';
import { ListEndorsementsController } from './discussion/queries/list-endorsements/list-endorsements.controller';
import { ApprovePracticeController } from './practices/commands/approve-practice/approve-practice.controller';
import { CreatePracticeController } from './practices/commands/create-practice/create-practice.controller';
import { RejectPracticeController } from './practices/commands/reject-practice/reject-practice.controller';
import { RevisePracticeController } from './practices/commands/revise-practice/revise-practice.controller';
import { SubmitPracticeController } from './practices/commands/submit-practice/submit-practice.controller';
import { WithdrawPracticeController } from './practices/commands/withdraw-practice/withdraw-practice.controller';
import { GetPracticeController } from './practices/queries/get-practice/get-practice.controller';
import { ListPracticeRevisionsController } from './practices/queries/list-practice-revisions/list-practice-revisions.controller';
import { SearchPracticesController } from './practices/queries/search-practices/search-practices.controller';
import { EditCommentHandler } from './discussion/commands/edit-comment/edit-comment.handler';
import { EndorsePracticeHandler } from './discussion/commands/endorse-practice/endorse-practice.handler';
import { PostCommentHandler } from './discussion/commands/post-comment/post-comment.handler';
import { RemoveCommentHandler } from './discussion/commands/remove-comment/remove-comment.handler';
import { ListCommentsHandler } from './discussion/queries/list-comments/list-comments.handler';
import { ListEndorsementsHandler } from './discussion/queries/list-endorsements/list-endorsements.handler';
import { ApprovePracticeHandler } from './practices/commands/approve-practice/approve-practice.handler';
import { CreatePracticeHandler } from './practices/commands/create-practice/create-practice.handler';
import { RejectPracticeHandler } from './practices/commands/reject-practice/reject-practice.handler';
import { RevisePracticeHandler } from './practices/commands/revise-practice/revise-practice.handler';
import { SubmitPracticeHandler } from './practices/commands/submit-practice/submit-practice.handler';
import { WithdrawPracticeHandler } from './practices/commands/withdraw-practice/withdraw-practice.handler';
import { GetPracticeHandler } from './practices/queries/get-practice/get-practice.handler';
import { ListPracticeRevisionsHandler } from './practices/queries/list-practice-revisions/list-practice-revisions.handler';
import { SearchPracticesHandler } from './practices/queries/search-practices/search-practices.handler';
import { EXCHANGE_ENTITIES } from './exchange.entities';
import { EXCHANGE_MIGRATIONS } from './exchange.migrations';

/**
 * The exchange service: best practices with revisions, review, comments, endorsements and search;
 * it projects the sessions service's sessions so a practice links only to a known one (ADR 50).
 */
@Module({})
export class ExchangeModule {
  static register(options: ServiceModuleConfig): DynamicModule {
    return {
      module: ExchangeModule,
      imports: [
        PersistenceModule.forService({
          name: 'exchange',
          url: options.databaseUrl,
          entities: EXCHANGE_ENTITIES,
          migrations: EXCHANGE_MIGRATIONS,
        }),
        MessagingModule.forService({
          service: 'exchange',
          databaseUrl: options.databaseUrl,
          outbox: options.outbox,
        }),
        ServiceAuthModule.forService('exchange'),
      ],
      controllers: [
        EditCommentController,
        EndorsePracticeController,
        PostCommentController,
        RemoveCommentController,
        ListCommentsController,
        ListEndorsementsController,
        ApprovePracticeController,
        CreatePracticeController,
        RejectPracticeController,
        RevisePracticeController,
        SubmitPracticeController,
        WithdrawPracticeController,
        GetPracticeController,
        ListPracticeRevisionsController,
        SearchPracticesController,
      ],
      providers: [
        { provide: PracticeRepository, useClass: TypeOrmPracticeRepository },
        { provide: CommentRepository, useClass: TypeOrmCommentRepository },
        { provide: EndorsementRepository, useClass: TypeOrmEndorsementRepository },
        { provide: SessionDirectory, useClass: SqlSessionDirectory },
        SessionDirectoryProjection,
        EditCommentHandler,
        EndorsePracticeHandler,
        PostCommentHandler,
        RemoveCommentHandler,
        ListCommentsHandler,
        ListEndorsementsHandler,
        ApprovePracticeHandler,
        CreatePracticeHandler,
        RejectPracticeHandler,
        RevisePracticeHandler,
        SubmitPracticeHandler,
        WithdrawPracticeHandler,
        GetPracticeHandler,
        ListPracticeRevisionsHandler,
        SearchPracticesHandler,
      ],
    };
  }
}
