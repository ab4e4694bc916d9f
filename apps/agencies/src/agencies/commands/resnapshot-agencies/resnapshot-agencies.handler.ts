import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgencySnapshotted, MemberSnapshotted } from '@csg/contracts';
import { UnitOfWork, type TransactionContext } from '@csg/messaging';
import { memberFromRow, memberStateData } from '../../../members/infrastructure/member.mapper';
import { MemberOrmEntity } from '../../../members/infrastructure/member.orm-entity';
import { agencyFromRow, agencyStateData } from '../../infrastructure/agency.mapper';
import { AgencyOrmEntity } from '../../infrastructure/agency.orm-entity';
import { ResnapshotAgenciesCommand, type ResnapshotProgress } from './resnapshot-agencies.command';

@CommandHandler(ResnapshotAgenciesCommand)
export class ResnapshotAgenciesHandler implements ICommandHandler<
  ResnapshotAgenciesCommand,
  ResnapshotProgress
> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute({ batchSize, onProgress }: ResnapshotAgenciesCommand): Promise<ResnapshotProgress> {
    const progress = { agencies: 0, members: 0, totalAgencies: await this.countAgencies() };
    onProgress({ ...progress });
    let after: string | null = null;
    for (;;) {
      const batch: Batch = await this.unitOfWork.run((tx) => this.emitBatch(tx, after, batchSize));
      if (batch.agencies === 0) break;
      progress.agencies += batch.agencies;
      progress.members += batch.members;
      progress.totalAgencies = Math.max(progress.totalAgencies, progress.agencies);
      onProgress({ ...progress });
      after = batch.lastId;
      if (batch.agencies < batchSize) break;
    }
    return progress;
  }

  private countAgencies(): Promise<number> {
    return this.unitOfWork.run((tx) => tx.manager.count(AgencyOrmEntity));
  }

  /**
   * One batch in one transaction: the agencies (in id order, share-locked so no member change
   * interleaves) and then their members, each agency's snapshot ahead of its members'.
   */
  private async emitBatch(tx: TransactionContext, after: string | null, size: number): Promise<Batch> {
    const query = tx.manager.createQueryBuilder(AgencyOrmEntity, 'a').orderBy('a.id').limit(size);
    if (after) query.where('a.id > :after', { after });
    const agencies = await query.setLock('pessimistic_read').getMany();
    if (agencies.length === 0) return { agencies: 0, members: 0, lastId: after };
    const members = await tx.manager
      .createQueryBuilder(MemberOrmEntity, 'm')
      .where('m.agencyId IN (:...ids)', { ids: agencies.map((a) => a.id) })
      .orderBy('m.agencyId')
      .addOrderBy('m.id')
      .getMany();
    for (const agency of agencies) {
      tx.emit(AgencySnapshotted, agencyStateData(agencyFromRow(agency)));
      for (const member of members.filter((m) => m.agencyId === agency.id)) {
        tx.emit(MemberSnapshotted, memberStateData(memberFromRow(member)));
      }
    }
    return { agencies: agencies.length, members: members.length, lastId: agencies[agencies.length - 1].id };
  }
}

interface Batch {
  agencies: number;
  members: number;
  lastId: string | null;
}
