import { contextParts } from '@csg/runtime';
import { AddMemberController } from './commands/add-member/add-member.controller';
import { AddMemberHandler } from './commands/add-member/add-member.handler';
import { ChangeMemberController } from './commands/change-member/change-member.controller';
import { ChangeMemberHandler } from './commands/change-member/change-member.handler';
import { RemoveMemberController } from './commands/remove-member/remove-member.controller';
import { RemoveMemberHandler } from './commands/remove-member/remove-member.handler';
import { MemberRepository } from './domain/member-repository.port';
import { TypeOrmMemberRepository } from './infrastructure/member.repository';
import { GetMyMembershipsController } from './queries/get-my-memberships/get-my-memberships.controller';
import { GetMyMembershipsHandler } from './queries/get-my-memberships/get-my-memberships.handler';
import { ListMembersController } from './queries/list-members/list-members.controller';
import { ListMembersHandler } from './queries/list-members/list-members.handler';

/** The members context: an agency's members and their roles, and a person's own memberships. */
export const MEMBER_PARTS = contextParts({
  useCases: [
    [AddMemberController, AddMemberHandler],
    [ListMembersController, ListMembersHandler],
    [ChangeMemberController, ChangeMemberHandler],
    [RemoveMemberController, RemoveMemberHandler],
    [GetMyMembershipsController, GetMyMembershipsHandler],
  ],
  providers: [{ provide: MemberRepository, useClass: TypeOrmMemberRepository }],
});
