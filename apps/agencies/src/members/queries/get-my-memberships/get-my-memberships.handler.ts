import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { MemberListReader, type MembershipRow } from '../../infrastructure/member-list.reader';
import { GetMyMembershipsQuery } from './get-my-memberships.query';

export interface MeView {
  sub: string;
  name: string | null;
  email: string | null;
  platformRoles: string[];
  memberships: MembershipRow[];
}

@QueryHandler(GetMyMembershipsQuery)
export class GetMyMembershipsHandler implements IQueryHandler<GetMyMembershipsQuery, MeView> {
  constructor(@InjectServiceDataSource('agencies') private readonly dataSource: DataSource) {}

  async execute({ person }: GetMyMembershipsQuery): Promise<MeView> {
    return {
      sub: person.sub,
      name: person.name ?? null,
      email: person.email ?? null,
      platformRoles: [...person.platformRoles],
      memberships: await new MemberListReader(this.dataSource.manager).membershipsOf(person.sub),
    };
  }
}
