import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { generateApiKey } from '@csg/auth';
import { UnitOfWork } from '@csg/messaging';
import { mayManage } from '../../../access/caller.util';
import { IntegrationRuleViolation } from '../../domain/integration-client.errors';
import { IntegrationClientRepository } from '../../infrastructure/integration-client.repository';
import {
  toIntegrationClientView,
  type IssuedIntegrationClientView,
} from '../../queries/integration-client.view';
import { RotateIntegrationKeyCommand } from './rotate-integration-key.command';

@CommandHandler(RotateIntegrationKeyCommand)
export class RotateIntegrationKeyHandler implements ICommandHandler<
  RotateIntegrationKeyCommand,
  IssuedIntegrationClientView
> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ clientId, actor }: RotateIntegrationKeyCommand): Promise<IssuedIntegrationClientView> {
    return this.unitOfWork.run(async (tx) => {
      const clients = new IntegrationClientRepository(tx.manager);
      const client = await clients.lock(clientId);
      if (!client || !mayManage(actor, client.owner_agency_id))
        throw new IntegrationRuleViolation('INTEGRATION.CLIENT_NOT_FOUND', 'no such integration client');
      if (client.status === 'REVOKED')
        throw new IntegrationRuleViolation('INTEGRATION.CLIENT_REVOKED', 'a revoked client gets no new key');
      const key = generateApiKey();
      const rotated = await clients.replaceKey(clientId, key.keyId, key.hash);
      return { ...toIntegrationClientView(rotated), apiKey: key.key };
    });
  }
}
