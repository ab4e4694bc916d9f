import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { AgencyRepository } from '../../../agencies/domain/agency-repository.port';
import { Member } from '../../domain/member.aggregate';
import { MemberRepository } from '../../domain/member-repository.port';
import { MemberRuleViolation } from '../../domain/member.errors';
import { toMemberView, type MemberView } from '../../queries/member.view';
import { lockAgency } from '../member-change.util';
import { AddMemberCommand } from './add-member.command';

@CommandHandler(AddMemberCommand)
export class AddMemberHandler implements ICommandHandler<AddMemberCommand, IdempotentOutcome<MemberView>> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly agencies: AgencyRepository,
    private readonly members: MemberRepository,
    private readonly clock: Clock,
  ) {}

  execute({ agencyId, details, idempotency }: AddMemberCommand): Promise<IdempotentOutcome<MemberView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const agency = await lockAgency(this.agencies, agencyId);
        if (agency.status === 'PENDING_VERIFICATION') {
          throw new MemberRuleViolation(
            'MEMBER.AGENCY_NOT_VERIFIED',
            'A pending agency has no members until it is verified (its applicant then becomes agency-admin).',
          );
        }
        const member = Member.add(agencyId, details, this.clock.now());
        await this.members.insert(member);
        return toMemberView(member.snapshot());
      }),
    );
  }
}
