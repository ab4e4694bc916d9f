import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MemberRoleChanged, MemberUpdated } from '@csg/contracts';
import { UnitOfWork } from '@csg/messaging';
import { assertAgencyKeepsAnAdmin } from '../../domain/agency-keeps-an-admin.rule';
import { memberStateData } from '../../infrastructure/member.mapper';
import { MemberRepository } from '../../infrastructure/member.repository';
import { toMemberView, type MemberView } from '../../queries/member.view';
import { lockAgency, memberOf } from '../member-change.util';
import { ChangeMemberCommand } from './change-member.command';

@CommandHandler(ChangeMemberCommand)
export class ChangeMemberHandler implements ICommandHandler<ChangeMemberCommand, MemberView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ agencyId, memberId, expectedVersions, changes }: ChangeMemberCommand): Promise<MemberView> {
    return this.unitOfWork.run(async (tx) => {
      await lockAgency(tx.manager, agencyId);
      const members = new MemberRepository(tx.manager);
      const member = await memberOf(members, agencyId, memberId);
      member.assertVersion(expectedVersions);
      if (changes.role !== undefined) {
        assertAgencyKeepsAnAdmin(member, changes.role, await members.adminCount(agencyId));
      }
      const previousVersion = member.snapshot().version;
      const kind = member.change(changes);
      if (kind !== 'none') {
        await members.update(member, previousVersion);
        tx.emit(kind === 'role' ? MemberRoleChanged : MemberUpdated, memberStateData(member.snapshot()));
      }
      return toMemberView(member.snapshot());
    });
  }
}
