import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { Member } from '../../../members/domain/member.aggregate';
import { MemberRepository } from '../../../members/domain/member-repository.port';
import type { Applicant } from '../../domain/agency.aggregate';
import { AgencyRepository } from '../../domain/agency-repository.port';
import { toAgencyView, type AgencyView } from '../../queries/agency.view';
import { changeAgencyStatus } from '../agency-status-change.util';
import { VerifyAgencyCommand } from './verify-agency.command';

@CommandHandler(VerifyAgencyCommand)
export class VerifyAgencyHandler implements ICommandHandler<VerifyAgencyCommand, AgencyView> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly agencies: AgencyRepository,
    private readonly members: MemberRepository,
    private readonly clock: Clock,
  ) {}

  execute(command: VerifyAgencyCommand): Promise<AgencyView> {
    const now = this.clock.now();
    return this.unitOfWork.run(async () => {
      const agency = await changeAgencyStatus(this.agencies, command, (a) => a.verify(now));
      const { applicant } = agency.snapshot();
      if (applicant) await this.makeFirstAdmin(agency.id, applicant, now);
      return toAgencyView(agency.snapshot());
    });
  }

  /** The applicant becomes the agency's first agency-admin, in the same transaction. */
  private async makeFirstAdmin(agencyId: string, applicant: Applicant, now: Date): Promise<void> {
    if (await this.members.isMember(agencyId, applicant.sub)) return;
    await this.members.insert(Member.add(agencyId, { ...applicant, role: 'agency-admin' }, now));
  }
}
