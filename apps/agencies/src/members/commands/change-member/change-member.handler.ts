import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { AgencyRepository } from '../../../agencies/domain/agency-repository.port';
import { assertAgencyKeepsAnAdmin } from '../../domain/agency-keeps-an-admin.rule';
import { MemberRepository } from '../../domain/member-repository.port';
import { toMemberView, type MemberView } from '../../queries/member.view';
import { lockAgency, memberOf } from '../member-change.util';
import { ChangeMemberCommand } from './change-member.command';

@CommandHandler(ChangeMemberCommand)
export class ChangeMemberHandler implements ICommandHandler<ChangeMemberCommand, MemberView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly agencies: AgencyRepository,
    private readonly members: MemberRepository,
  ) {}

  execute({ agencyId, memberId, expectedVersions, changes }: ChangeMemberCommand): Promise<MemberView> {
    return this.unitOfWork.run(async () => {
      await lockAgency(this.agencies, agencyId);
      const member = await memberOf(this.members, agencyId, memberId);
      member.assertVersion(expectedVersions);
      if (changes.role !== undefined) {
        assertAgencyKeepsAnAdmin(member, changes.role, await this.members.adminCount(agencyId));
      }
      const previousVersion = member.snapshot().version;
      if (member.change(changes) !== 'none') await this.members.update(member, previousVersion);
      return toMemberView(member.snapshot());
    });
  }
}
