import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MemberRemoved } from '@csg/contracts';
import { UnitOfWork } from '@csg/messaging';
import { assertAgencyKeepsAnAdmin } from '../../domain/agency-keeps-an-admin.rule';
import { memberStateData } from '../../infrastructure/member.mapper';
import { MemberRepository } from '../../infrastructure/member.repository';
import { lockAgency, memberOf } from '../member-change.util';
import { RemoveMemberCommand } from './remove-member.command';

@CommandHandler(RemoveMemberCommand)
export class RemoveMemberHandler implements ICommandHandler<RemoveMemberCommand, void> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ agencyId, memberId, expectedVersions }: RemoveMemberCommand): Promise<void> {
    return this.unitOfWork.run(async (tx) => {
      await lockAgency(tx.manager, agencyId);
      const members = new MemberRepository(tx.manager);
      const member = await memberOf(members, agencyId, memberId);
      member.assertVersion(expectedVersions);
      assertAgencyKeepsAnAdmin(member, 'removed', await members.adminCount(agencyId));
      const ended = member.remove();
      await members.delete(member);
      tx.emit(MemberRemoved, memberStateData(ended));
    });
  }
}
