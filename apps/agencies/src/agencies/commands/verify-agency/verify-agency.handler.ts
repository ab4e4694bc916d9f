import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AgencyVerified, MemberAdded } from '@csg/contracts';
import { UnitOfWork, type TransactionContext } from '@csg/messaging';
import { Member } from '../../../members/domain/member.aggregate';
import { memberStateData } from '../../../members/infrastructure/member.mapper';
import { MemberRepository } from '../../../members/infrastructure/member.repository';
import type { Applicant } from '../../domain/agency.aggregate';
import { toAgencyView, type AgencyView } from '../../queries/agency.view';
import { changeAgencyStatus } from '../agency-status-change.util';
import { VerifyAgencyCommand } from './verify-agency.command';

@CommandHandler(VerifyAgencyCommand)
export class VerifyAgencyHandler implements ICommandHandler<VerifyAgencyCommand, AgencyView> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ agencyId, expectedVersions }: VerifyAgencyCommand): Promise<AgencyView> {
    return this.unitOfWork.run(async (tx) => {
      const agency = await changeAgencyStatus(tx, agencyId, expectedVersions, AgencyVerified, (a) =>
        a.verify(),
      );
      const { applicant } = agency.snapshot();
      if (applicant) await this.makeFirstAdmin(tx, agencyId, applicant);
      return toAgencyView(agency.snapshot());
    });
  }

  /** The applicant becomes the agency's first agency-admin, in the same transaction. */
  private async makeFirstAdmin(
    tx: TransactionContext,
    agencyId: string,
    applicant: Applicant,
  ): Promise<void> {
    const members = new MemberRepository(tx.manager);
    if (await members.isMember(agencyId, applicant.sub)) return;
    const admin = Member.add(agencyId, { ...applicant, role: 'agency-admin' });
    await members.insert(admin);
    tx.emit(MemberAdded, memberStateData(admin.snapshot()));
  }
}
