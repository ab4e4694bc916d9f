import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@csg/domain';
import { UnitOfWork } from '@csg/messaging';
import { managedBy } from '../../domain/webhook-access.rule';
import { WebhookRepository } from '../../domain/webhook.ports';
import { generateWebhookSecret } from '../../domain/webhook-signature';
import { SecretBox } from '../../infrastructure/secret-box';
import { toWebhookView, type RegisteredWebhookView } from '../../queries/webhook.view';
import { RotateWebhookSecretCommand } from './rotate-webhook-secret.command';

/** How long the previous secret keeps signing after a rotation (receivers switch within it). */
const OVERLAP_HOURS = Number(process.env.WEBHOOK_SECRET_OVERLAP_HOURS ?? 24);

/** Seals a new `whsec_` secret (answered once); the one it replaces signs too until the overlap ends. */
@CommandHandler(RotateWebhookSecretCommand)
export class RotateWebhookSecretHandler implements ICommandHandler<
  RotateWebhookSecretCommand,
  RegisteredWebhookView
> {
  private readonly box = new SecretBox();

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly webhooks: WebhookRepository,
    private readonly clock: Clock,
  ) {}

  execute({ webhookId, actor }: RotateWebhookSecretCommand): Promise<RegisteredWebhookView> {
    const secret = generateWebhookSecret();
    return this.unitOfWork.run(async () => {
      const current = managedBy(actor, await this.webhooks.lock(webhookId));
      const rotated = await this.webhooks.rotateSecret(
        webhookId,
        current.secret_ciphertext,
        OVERLAP_HOURS,
        this.box.seal(secret),
      );
      return { ...toWebhookView(rotated, this.clock.now()), secret };
    });
  }
}
