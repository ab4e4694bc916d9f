import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MemberAdded } from '@csg/contracts';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { Member } from '../../domain/member.aggregate';
import { MemberRuleViolation } from '../../domain/member.errors';
import { memberStateData } from '../../infrastructure/member.mapper';
import { MemberRepository } from '../../infrastructure/member.repository';
import { toMemberView, type MemberView } from '../../queries/member.view';
import { lockAgency } from '../member-change.util';
import { AddMemberCommand } from './add-member.command';

@CommandHandler(AddMemberCommand)
export class AddMemberHandler implements ICommandHandler<AddMemberCommand, IdempotentOutcome<MemberView>> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ agencyId, details, idempotency }: AddMemberCommand): Promise<IdempotentOutcome<MemberView>> {
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const agency = await lockAgency(tx.manager, agencyId);
        if (agency.status === 'PENDING_VERIFICATION') {
          throw new MemberRuleViolation(
            'MEMBER.AGENCY_NOT_VERIFIED',
            'A pending agency has no members until it is verified (its applicant then becomes agency-admin).',
          );
        }
        const member = Member.add(agencyId, details);
        await new MemberRepository(tx.manager).insert(member);
        tx.emit(MemberAdded, memberStateData(member.snapshot()));
        return toMemberView(member.snapshot());
      }),
    );
  }
}
