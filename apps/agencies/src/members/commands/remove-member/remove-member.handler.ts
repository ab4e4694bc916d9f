import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { AgencyRepository } from '../../../agencies/domain/agency-repository.port';
import { assertAgencyKeepsAnAdmin } from '../../domain/agency-keeps-an-admin.rule';
import { MemberRepository } from '../../domain/member-repository.port';
import { lockAgency, memberOf } from '../member-change.util';
import { RemoveMemberCommand } from './remove-member.command';

@CommandHandler(RemoveMemberCommand)
export class RemoveMemberHandler implements ICommandHandler<RemoveMemberCommand, void> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly agencies: AgencyRepository,
    private readonly members: MemberRepository,
    private readonly clock: Clock,
  ) {}

  /** The versioned change's checks, then a delete: a membership that ends has no version left to write. */
  execute({ agencyId, memberId, expectedVersions }: RemoveMemberCommand): Promise<void> {
    return this.unitOfWork.run(async () => {
      await lockAgency(this.agencies, agencyId);
      const member = await memberOf(this.members, agencyId, memberId);
      member.assertVersion(expectedVersions);
      assertAgencyKeepsAnAdmin(member, 'removed', await this.members.adminCount(agencyId));
      member.remove(this.clock.now());
      await this.members.delete(member);
    });
  }
}
