import { contextParts } from '@csg/runtime';
import { ImportFrameworkController } from './commands/import-framework/import-framework.controller';
import { ImportFrameworkHandler } from './commands/import-framework/import-framework.handler';
import { GetFrameworkController } from './queries/get-framework/get-framework.controller';
import { GetFrameworkHandler } from './queries/get-framework/get-framework.handler';
import { ListFrameworksController } from './queries/list-frameworks/list-frameworks.controller';
import { ListFrameworksHandler } from './queries/list-frameworks/list-frameworks.handler';

/** The frameworks context's routes and handlers. */
export const FRAMEWORK_PARTS = contextParts({
  useCases: [
    [ListFrameworksController, ListFrameworksHandler],
    [ImportFrameworkController, ImportFrameworkHandler],
    [GetFrameworkController, GetFrameworkHandler],
  ],
});
