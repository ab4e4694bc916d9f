import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { actorSub, readerOf } from '../../../access/caller.util';
import { AgencyDirectory } from '../../../agency-directory/domain/agency-directory.port';
import {
  agencyIsInvited,
  type InvitationScope,
} from '../../../sessions/domain/invitation-scope.value-object';
import { SessionRepository } from '../../../sessions/domain/session-repository.port';
import { SessionRuleViolation } from '../../../sessions/domain/session.errors';
import { checkInCodeFor, hashCheckInCode } from '../../domain/check-in-code.value-object';
import { Registration, type Participant } from '../../domain/registration.aggregate';
import { RegistrationRepository } from '../../domain/registration-repository.port';
import { CHECK_IN_SECRET } from '../../infrastructure/check-in-secret';
import { toRegistrationView, type RegistrationBatchView } from '../../queries/registration.view';
import { lockVisibleSession } from '../registration-access.util';
import { RegisterParticipantsCommand } from './register-participants.command';

@CommandHandler(RegisterParticipantsCommand)
export class RegisterParticipantsHandler implements ICommandHandler<
  RegisterParticipantsCommand,
  IdempotentOutcome<RegistrationBatchView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly sessions: SessionRepository,
    private readonly registrations: RegistrationRepository,
    private readonly directory: AgencyDirectory,
    @Inject(CHECK_IN_SECRET) private readonly secret: string,
    private readonly clock: Clock,
  ) {}

  /**
   * Seats are decided while the session's row is locked, from counts taken in SQL inside that
   * lock: concurrent registrations for one session queue on the lock, so none over-books (ADR 33).
   */
  execute(command: RegisterParticipantsCommand): Promise<IdempotentOutcome<RegistrationBatchView>> {
    const { sessionId, agencyId, participants, actor, idempotency } = command;
    const reader = readerOf(actor);
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const now = this.clock.now();
        const session = await lockVisibleSession(this.sessions, sessionId, reader);
        if (!session.acceptsRegistrations(now)) {
          throw new SessionRuleViolation(
            'REGISTRATION.CLOSED',
            'Registration is open only while the session is scheduled and has not started.',
          );
        }
        const state = session.snapshot();
        await this.assertAgencyMayRegister(state.invitation, agencyId, participants);
        const ledger = await this.registrations.seatLedger(sessionId, state);
        const created = participants.map((participant) => {
          const id = randomUUID();
          const code = hashCheckInCode(checkInCodeFor(this.secret, id));
          const place = ledger.allocate(agencyId);
          return Registration.enrol(
            { id, sessionId, agencyId },
            state,
            participant,
            place,
            actorSub(actor),
            code,
            now,
          );
        });
        await this.registrations.insertAll(created);
        return { items: created.map((r) => toRegistrationView(r.snapshot(), reader, this.secret)) };
      }),
    );
  }

  private async assertAgencyMayRegister(
    invitation: InvitationScope | null,
    agencyId: string,
    participants: Participant[],
  ): Promise<void> {
    const agency = await this.directory.find(agencyId);
    if (!agency) throw new SessionRuleViolation('REGISTRATION.AGENCY_UNKNOWN', 'No such agency.');
    if (!agencyIsInvited(invitation, agency)) {
      throw new SessionRuleViolation(
        'REGISTRATION.AGENCY_NOT_INVITED',
        'This session is not open to the agency.',
      );
    }
    for (const { sub } of participants) {
      if (sub && !(await this.directory.isMember(agencyId, sub))) {
        throw new SessionRuleViolation(
          'REGISTRATION.PARTICIPANT_NOT_A_MEMBER',
          `${sub} is not a member of the agency; register them as an external participant (name and e-mail only).`,
        );
      }
    }
  }
}
