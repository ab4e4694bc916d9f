import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { generateApiKey } from '@csg/auth';
import { PLATFORM_EVENTS } from '@csg/contracts';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { subOf } from '../../../access/caller.util';
import { integrationClearance, knownEventTypes } from '../../domain/integration-reach.rule';
import { IntegrationClientRepository } from '../../infrastructure/integration-client.repository';
import {
  toIntegrationClientView,
  type IssuedIntegrationClientView,
} from '../../queries/integration-client.view';
import { IssueIntegrationClientCommand } from './issue-integration-client.command';

/** Issues a client and its `csg_…` key: the key is answered once and stored only as its hash. */
@CommandHandler(IssueIntegrationClientCommand)
export class IssueIntegrationClientHandler implements ICommandHandler<
  IssueIntegrationClientCommand,
  IdempotentOutcome<IssuedIntegrationClientView>
> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute({
    request,
    actor,
    idempotency,
  }: IssueIntegrationClientCommand): Promise<IdempotentOutcome<IssuedIntegrationClientView>> {
    const owner = request.agencyId?.toLowerCase() ?? null;
    const clearance = integrationClearance('client', owner, request.tlpClearance);
    const eventTypes = knownEventTypes(
      request.eventTypes,
      PLATFORM_EVENTS.map((e) => e.type),
    );
    // The idempotency store keeps the first answer without the key (never stored in clear):
    // a replay answers the client with `apiKey: null`.
    const key = generateApiKey();
    return this.unitOfWork.run(async (tx) => {
      const outcome = await runIdempotently(tx.manager, idempotency, async () => {
        const row = {
          id: randomUUID(),
          name: request.name,
          owner_agency_id: owner,
          event_types: eventTypes,
          tlp_clearance: clearance,
          key_id: key.keyId,
          key_hash: key.hash,
          status: 'ACTIVE' as const,
          created_by: subOf(actor),
          created_at: this.clock.now(),
          version: 1,
        };
        await new IntegrationClientRepository(tx.manager).insert(row);
        return { ...toIntegrationClientView({ ...row, rotated_at: null, revoked_at: null }), apiKey: null };
      });
      return outcome.replayed ? outcome : { ...outcome, body: { ...outcome.body, apiKey: key.key } };
    });
  }
}
