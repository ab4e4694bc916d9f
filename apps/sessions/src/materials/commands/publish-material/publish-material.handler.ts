import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MaterialPublished, type MaterialPublishedData } from '@csg/contracts';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { actorSub } from '../../../access/caller.util';
import { sessionNotFound } from '../../../sessions/commands/session-change.util';
import { SessionRepository } from '../../../sessions/infrastructure/session.repository';
import { Material, type MaterialState } from '../../domain/material.aggregate';
import { MaterialListReader } from '../../infrastructure/material-list.reader';
import { MaterialOrmEntity } from '../../infrastructure/material.orm-entity';
import { toMaterialView, type MaterialView } from '../../queries/material.view';
import { PublishMaterialCommand } from './publish-material.command';

@CommandHandler(PublishMaterialCommand)
export class PublishMaterialHandler implements ICommandHandler<
  PublishMaterialCommand,
  IdempotentOutcome<MaterialView>
> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({
    sessionId,
    material,
    actor,
    idempotency,
  }: PublishMaterialCommand): Promise<IdempotentOutcome<MaterialView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const session = await new SessionRepository(tx.manager).findById(sessionId);
        if (!session) throw sessionNotFound();
        const published = Material.publish(
          {
            id: randomUUID(),
            sessionId,
            title: material.title,
            url: material.url,
            agendaItemId: material.agendaItemId,
            tlp: material.tlp,
            ownerAgencyId: material.agencyId ?? null,
            publishedBy: actorSub(actor),
          },
          session,
        ).snapshot();
        await tx.manager.insert(MaterialOrmEntity, { ...published });
        const shared = await new MaterialListReader(tx.manager).participatingAgencyIds(sessionId);
        tx.emit(MaterialPublished, materialPublishedData(published, shared));
        return toMaterialView(published);
      }),
    );
  }
}

/** TLP:RED material events carry ids, not content. */
function materialPublishedData(
  m: Readonly<MaterialState>,
  participatingAgencyIds: string[],
): MaterialPublishedData {
  const red = m.tlp === 'TLP:RED';
  return {
    materialId: m.id,
    sessionId: m.sessionId,
    title: red ? null : m.title,
    url: red ? null : m.url,
    agendaItemId: m.agendaItemId,
    tlp: m.tlp,
    ownerAgencyId: m.ownerAgencyId,
    sharedWithAgencyIds: m.tlp === 'TLP:AMBER' ? participatingAgencyIds : [],
    publishedAt: m.publishedAt.toISOString(),
  };
}
