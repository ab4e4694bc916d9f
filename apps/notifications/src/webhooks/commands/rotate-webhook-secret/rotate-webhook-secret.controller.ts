import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { uuidParam } from '../../../access/caller.util';
import { generateWebhookSecret } from '../../domain/webhook-signature';
import { SecretBox } from '../../infrastructure/secret-box';
import { managedWebhook } from '../../infrastructure/webhook.repository';
import { RegisteredWebhookView, toWebhookView, type WebhookRow } from '../../queries/webhook.view';

/** How long the previous secret keeps signing after a rotation (receivers switch within it). */
const OVERLAP_HOURS = Number(process.env.WEBHOOK_SECRET_OVERLAP_HOURS ?? 24);

@ApiTags('integrations')
@Controller('webhooks')
export class RotateWebhookSecretController {
  private readonly box = new SecretBox();

  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {}

  /** A new signing secret, shown once; for the overlap (24 h) every delivery carries both signatures. */
  @Post(':id/rotate-secret')
  @ApiOperation({ summary: "Rotate a webhook's signing secret (both sign for 24 h)" })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkView(RegisteredWebhookView)
  @ApiProblems(400, 401, 403, 404, 429)
  @HttpCode(200)
  async rotate(
    @Param('id', uuidParam()) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegisteredWebhookView> {
    const secret = generateWebhookSecret();
    return this.dataSource.transaction(async (manager) => {
      const current = await managedWebhook(manager, id, principal, true);
      const rows: WebhookRow[] = await manager.query(
        `WITH u AS (UPDATE webhooks SET previous_secret_ciphertext = $2, previous_secret_expires_at = now() + make_interval(hours => $3),
           secret_ciphertext = $4, version = version + 1 WHERE id = $1 RETURNING *) SELECT * FROM u`,
        [id, current.secret_ciphertext, OVERLAP_HOURS, this.box.seal(secret)],
      );
      return { ...toWebhookView(rows[0]), secret };
    });
  }
}
