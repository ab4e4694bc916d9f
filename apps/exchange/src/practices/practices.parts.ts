import { contextParts } from '@csg/runtime';
import { ApprovePracticeController } from './commands/approve-practice/approve-practice.controller';
import { ApprovePracticeHandler } from './commands/approve-practice/approve-practice.handler';
import { CreatePracticeController } from './commands/create-practice/create-practice.controller';
import { CreatePracticeHandler } from './commands/create-practice/create-practice.handler';
import { RejectPracticeController } from './commands/reject-practice/reject-practice.controller';
import { RejectPracticeHandler } from './commands/reject-practice/reject-practice.handler';
import { RevisePracticeController } from './commands/revise-practice/revise-practice.controller';
import { RevisePracticeHandler } from './commands/revise-practice/revise-practice.handler';
import { SubmitPracticeController } from './commands/submit-practice/submit-practice.controller';
import { SubmitPracticeHandler } from './commands/submit-practice/submit-practice.handler';
import { WithdrawPracticeController } from './commands/withdraw-practice/withdraw-practice.controller';
import { WithdrawPracticeHandler } from './commands/withdraw-practice/withdraw-practice.handler';
import { PracticeRepository } from './domain/practice-repository.port';
import { TypeOrmPracticeRepository } from './infrastructure/practice.repository';
import { GetPracticeController } from './queries/get-practice/get-practice.controller';
import { GetPracticeHandler } from './queries/get-practice/get-practice.handler';
import { ListPracticeRevisionsController } from './queries/list-practice-revisions/list-practice-revisions.controller';
import { ListPracticeRevisionsHandler } from './queries/list-practice-revisions/list-practice-revisions.handler';
import { SearchPracticesController } from './queries/search-practices/search-practices.controller';
import { SearchPracticesHandler } from './queries/search-practices/search-practices.handler';

/** The practices context: best practices with their revisions, review and search. */
export const PRACTICE_PARTS = contextParts({
  useCases: [
    [ApprovePracticeController, ApprovePracticeHandler],
    [CreatePracticeController, CreatePracticeHandler],
    [RejectPracticeController, RejectPracticeHandler],
    [RevisePracticeController, RevisePracticeHandler],
    [SubmitPracticeController, SubmitPracticeHandler],
    [WithdrawPracticeController, WithdrawPracticeHandler],
    [GetPracticeController, GetPracticeHandler],
    [ListPracticeRevisionsController, ListPracticeRevisionsHandler],
    [SearchPracticesController, SearchPracticesHandler],
  ],
  providers: [{ provide: PracticeRepository, useClass: TypeOrmPracticeRepository }],
});
