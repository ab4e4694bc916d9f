import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage, type Page } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { AgencyRuleViolation } from '../../../agencies/domain/agency.errors';
import { AgencyOrmEntity } from '../../../agencies/infrastructure/agency.orm-entity';
import { memberFromRow } from '../../infrastructure/member.mapper';
import { MemberListReader } from '../../infrastructure/member-list.reader';
import { toMemberView, type MemberView } from '../member.view';
import { ListMembersQuery } from './list-members.query';

@QueryHandler(ListMembersQuery)
export class ListMembersHandler implements IQueryHandler<ListMembersQuery, Page<MemberView>> {
  constructor(@InjectServiceDataSource('agencies') private readonly dataSource: DataSource) {}

  async execute({ agencyId, limit, after }: ListMembersQuery): Promise<Page<MemberView>> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(AgencyOrmEntity, { id: agencyId }))) {
      throw new AgencyRuleViolation('AGENCY.NOT_FOUND', 'No such agency.');
    }
    const rows = await new MemberListReader(manager).list(agencyId, limit + 1, after);
    return toPage(
      rows,
      limit,
      (row) => [row.sortName, row.id],
      (row) => toMemberView(memberFromRow(row)),
    );
  }
}
