import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork, type TransactionContext } from '@csg/messaging';
import { AgencySnapshotSource } from '../../domain/agency-snapshot-source.port';
import { ResnapshotAgenciesCommand, type ResnapshotProgress } from './resnapshot-agencies.command';

@CommandHandler(ResnapshotAgenciesCommand)
export class ResnapshotAgenciesHandler implements ICommandHandler<
  ResnapshotAgenciesCommand,
  ResnapshotProgress
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly snapshots: AgencySnapshotSource,
  ) {}

  async execute({ batchSize, onProgress }: ResnapshotAgenciesCommand): Promise<ResnapshotProgress> {
    const total = await this.unitOfWork.run(() => this.snapshots.countAgencies());
    const progress = { agencies: 0, members: 0, totalAgencies: total };
    onProgress({ ...progress });
    let after: string | null = null;
    for (;;) {
      const batch: Batch = await this.unitOfWork.run((tx) => this.republishBatch(tx, after, batchSize));
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

  /** One batch in one transaction: each agency's snapshot ahead of its members'. */
  private async republishBatch(tx: TransactionContext, after: string | null, size: number): Promise<Batch> {
    const batch = await this.snapshots.batchAfter(after, size);
    for (const { agency, members } of batch) {
      agency.republish();
      tx.track(agency);
      for (const member of members) {
        member.republish();
        tx.track(member);
      }
    }
    return {
      agencies: batch.length,
      members: batch.reduce((n, b) => n + b.members.length, 0),
      lastId: batch.at(-1)?.agency.id ?? after,
    };
  }
}

interface Batch {
  agencies: number;
  members: number;
  lastId: string | null;
}
