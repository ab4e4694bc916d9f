import { contextParts } from '@csg/runtime';
import { PublishMaterialController } from './commands/publish-material/publish-material.controller';
import { PublishMaterialHandler } from './commands/publish-material/publish-material.handler';
import { MaterialRepository } from './domain/material-repository.port';
import { TypeOrmMaterialRepository } from './infrastructure/material.repository';
import { ListMaterialsController } from './queries/list-materials/list-materials.controller';
import { ListMaterialsHandler } from './queries/list-materials/list-materials.handler';

/** The materials context: a session's materials under TLP markings. */
export const MATERIAL_PARTS = contextParts({
  useCases: [
    [PublishMaterialController, PublishMaterialHandler],
    [ListMaterialsController, ListMaterialsHandler],
  ],
  providers: [{ provide: MaterialRepository, useClass: TypeOrmMaterialRepository }],
});
