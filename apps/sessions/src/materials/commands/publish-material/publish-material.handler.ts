import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { actorSub } from '../../../access/caller.util';
import { sessionNotFound } from '../../../sessions/commands/session-change.util';
import { SessionRepository } from '../../../sessions/domain/session-repository.port';
import { Material } from '../../domain/material.aggregate';
import { MaterialRepository } from '../../domain/material-repository.port';
import { toMaterialView, type MaterialView } from '../../queries/material.view';
import { PublishMaterialCommand } from './publish-material.command';

@CommandHandler(PublishMaterialCommand)
export class PublishMaterialHandler implements ICommandHandler<
  PublishMaterialCommand,
  IdempotentOutcome<MaterialView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly materials: MaterialRepository,
    private readonly clock: Clock,
  ) {}

  execute({
    sessionId,
    material,
    actor,
    idempotency,
  }: PublishMaterialCommand): Promise<IdempotentOutcome<MaterialView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const session = await this.sessions.findById(sessionId);
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
          await this.materials.participatingAgencyIds(sessionId),
          this.clock.now(),
        );
        await this.materials.insert(published);
        return toMaterialView(published.snapshot());
      }),
    );
  }
}
