import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PLATFORM_EVENTS } from '@csg/contracts';
import { Clock } from '@csg/domain';
import { runIdempotently, type IdempotentOutcome } from '@csg/http';
import { UnitOfWork } from '@csg/messaging';
import { subOf } from '../../../access/caller.util';
import { integrationClearance, knownEventTypes } from '../../../integrations/domain/integration-reach.rule';
import { generateWebhookSecret } from '../../domain/webhook-signature';
import { SecretBox } from '../../infrastructure/secret-box';
import { checkWebhookTarget } from '../../infrastructure/webhook-target.checker';
import type { WebhookRow } from '../../domain/webhook.records';
import { toWebhookView, type RegisteredWebhookView } from '../../queries/webhook.view';
import { RegisterWebhookCommand } from './register-webhook.command';

/** Registers an endpoint after checking its target; the `whsec_` secret is answered once and kept encrypted. */
@CommandHandler(RegisterWebhookCommand)
export class RegisterWebhookHandler implements ICommandHandler<
  RegisterWebhookCommand,
  IdempotentOutcome<RegisteredWebhookView>
> {
  private readonly box = new SecretBox();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute({
    request,
    actor,
    idempotency,
  }: RegisterWebhookCommand): Promise<IdempotentOutcome<RegisteredWebhookView>> {
    const owner = request.agencyId?.toLowerCase() ?? null;
    const clearance = integrationClearance('webhook', owner, request.tlpClearance);
    const eventTypes = knownEventTypes(
      request.eventTypes,
      PLATFORM_EVENTS.map((e) => e.type),
    );
    await checkWebhookTarget(request.url);
    const secret = generateWebhookSecret();
    return this.unitOfWork.run(async (tx) => {
      const outcome = await runIdempotently(tx.manager, idempotency, async () => {
        const rows: WebhookRow[] = await tx.manager.query(
          `INSERT INTO webhooks (id, url, event_types, owner_agency_id, tlp_clearance, description, secret_ciphertext, status, created_by, created_at, version)
           VALUES ($1, $2, $3, $4, $5, $6, $7, 'ACTIVE', $8, now(), 1) RETURNING *`,
          [
            randomUUID(),
            request.url,
            eventTypes,
            owner,
            clearance,
            request.description ?? null,
            this.box.seal(secret),
            subOf(actor),
          ],
        );
        return { ...toWebhookView(rows[0], this.clock.now()), secret: null };
      });
      return outcome.replayed ? outcome : { ...outcome, body: { ...outcome.body, secret } };
    });
  }
}
