import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { actorSub, readerOf } from '../../../access/caller.util';
import { AgencyDirectoryReader } from '../../../agency-directory/infrastructure/agency-directory.reader';
import { emitAll } from '../../../sessions/commands/session-change.util';
import { agencyIsInvited } from '../../../sessions/domain/invitation-scope.value-object';
import { SessionRuleViolation } from '../../../sessions/domain/session.errors';
import { checkInCodeFor, hashCheckInCode } from '../../domain/check-in-code.value-object';
import { Registration } from '../../domain/registration.aggregate';
import { CHECK_IN_SECRET } from '../../infrastructure/check-in-secret';
import { registrationEvents } from '../../infrastructure/registration-events.mapper';
import { RegistrationRepository } from '../../infrastructure/registration.repository';
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
    @Inject(CHECK_IN_SECRET) private readonly secret: string,
  ) {}

  /**
   * Seats are decided while the session's row is locked, from counts taken in SQL inside that
   * lock: concurrent registrations for one session queue on the lock, so none over-books.
   */
  execute(command: RegisterParticipantsCommand): Promise<IdempotentOutcome<RegistrationBatchView>> {
    const { sessionId, agencyId, participants, actor, idempotency } = command;
    const reader = readerOf(actor);
    return this.unitOfWork.run((tx) =>
      runIdempotently(tx.manager, idempotency, async () => {
        const session = await lockVisibleSession(tx.manager, sessionId, reader);
        if (!session.acceptsRegistrations()) {
          throw new SessionRuleViolation(
            'REGISTRATION.CLOSED',
            'Registration is open only while the session is scheduled and has not started.',
          );
        }
        await this.assertAgencyMayRegister(
          new AgencyDirectoryReader(tx.manager),
          session.snapshot().invitation,
          agencyId,
          participants,
        );
        const registrations = new RegistrationRepository(tx.manager);
        const state = session.snapshot();
        const ledger = await registrations.seatLedger(sessionId, state);
        const created = participants.map((participant) => {
          const id = randomUUID();
          const code = hashCheckInCode(checkInCodeFor(this.secret, id));
          return Registration.enrol(
            { id, sessionId, agencyId },
            participant,
            ledger.allocate(agencyId),
            actorSub(actor),
            code,
          );
        });
        await registrations.insertAll(created);
        for (const r of created) emitAll(tx, registrationEvents(r.snapshot(), r.pullFacts(), state));
        return { items: created.map((r) => toRegistrationView(r.snapshot(), reader, this.secret)) };
      }),
    );
  }

  private async assertAgencyMayRegister(
    directory: AgencyDirectoryReader,
    invitation: Parameters<typeof agencyIsInvited>[0],
    agencyId: string,
    participants: RegisterParticipantsCommand['participants'],
  ): Promise<void> {
    const agency = await directory.find(agencyId);
    if (!agency) throw new SessionRuleViolation('REGISTRATION.AGENCY_UNKNOWN', 'No such agency.');
    if (!agencyIsInvited(invitation, agency)) {
      throw new SessionRuleViolation(
        'REGISTRATION.AGENCY_NOT_INVITED',
        'This session is not open to the agency.',
      );
    }
    for (const { sub } of participants) {
      if (sub && !(await directory.isMember(agencyId, sub))) {
        throw new SessionRuleViolation(
          'REGISTRATION.PARTICIPANT_NOT_A_MEMBER',
          `${sub} is not a member of the agency; register them as an external participant (name and e-mail only).`,
        );
      }
    }
  }
}
