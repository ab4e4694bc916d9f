import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { applyVersionedChange, Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { AgencyRepository } from '../../../agencies/domain/agency-repository.port';
import { assertAgencyKeepsAnAdmin } from '../../domain/agency-keeps-an-admin.rule';
import { MemberRepository } from '../../domain/member-repository.port';
import { memberNotFound } from '../../domain/member.errors';
import { toMemberView, type MemberView } from '../../queries/member.view';
import { lockAgency, membersOf } from '../member-change.util';
import { ChangeMemberCommand } from './change-member.command';

@CommandHandler(ChangeMemberCommand)
export class ChangeMemberHandler implements ICommandHandler<ChangeMemberCommand, MemberView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly agencies: AgencyRepository,
    private readonly members: MemberRepository,
    private readonly clock: Clock,
  ) {}

  execute({ agencyId, memberId, expectedVersions, changes }: ChangeMemberCommand): Promise<MemberView> {
    return this.unitOfWork.run(async () => {
      await lockAgency(this.agencies, agencyId);
      return applyVersionedChange(membersOf(this.members, agencyId), {
        id: memberId,
        expectedVersions,
        notFound: memberNotFound,
        apply: async (member) => {
          if (changes.role !== undefined) {
            assertAgencyKeepsAnAdmin(member, changes.role, await this.members.adminCount(agencyId));
          }
          member.change(changes, this.clock.now());
        },
        answer: (member) => toMemberView(member.snapshot()),
      });
    });
  }
}
