import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { Member } from '../../members/domain/member.aggregate';
import { memberFromRow } from '../../members/infrastructure/member.mapper';
import { MemberOrmEntity } from '../../members/infrastructure/member.orm-entity';
import { Agency } from '../domain/agency.aggregate';
import { AgencySnapshotSource, type AgencyWithMembers } from '../domain/agency-snapshot-source.port';
import { agencyFromRow } from './agency.mapper';
import { AgencyOrmEntity } from './agency.orm-entity';

/** Batches of agencies and their members for a resnapshot: set-based reads (ADR 13). */
@Injectable()
export class SqlAgencySnapshotSource extends AgencySnapshotSource {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  countAgencies(): Promise<number> {
    return this.manager.count(AgencyOrmEntity);
  }

  async batchAfter(afterId: string | null, size: number): Promise<AgencyWithMembers[]> {
    const query = this.manager.createQueryBuilder(AgencyOrmEntity, 'a').orderBy('a.id').limit(size);
    if (afterId) query.where('a.id > :afterId', { afterId });
    const agencies = await query.setLock('pessimistic_read').getMany();
    if (agencies.length === 0) return [];
    const members = await this.manager
      .createQueryBuilder(MemberOrmEntity, 'm')
      .where('m.agencyId IN (:...ids)', { ids: agencies.map((a) => a.id) })
      .orderBy('m.agencyId')
      .addOrderBy('m.id')
      .getMany();
    return agencies.map((row) => ({
      agency: Agency.restore(agencyFromRow(row)),
      members: members.filter((m) => m.agencyId === row.id).map((m) => Member.restore(memberFromRow(m))),
    }));
  }
}
