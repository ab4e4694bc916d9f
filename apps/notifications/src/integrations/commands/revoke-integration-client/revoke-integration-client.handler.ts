import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '@csg/messaging';
import { mayManage } from '../../../access/caller.util';
import { IntegrationRuleViolation } from '../../domain/integration-client.errors';
import { IntegrationClientRepository } from '../../infrastructure/integration-client.repository';
import { toIntegrationClientView, type IntegrationClientView } from '../../queries/integration-client.view';
import { RevokeIntegrationClientCommand } from './revoke-integration-client.command';

@CommandHandler(RevokeIntegrationClientCommand)
export class RevokeIntegrationClientHandler implements ICommandHandler<
  RevokeIntegrationClientCommand,
  IntegrationClientView
> {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  execute({ clientId, actor }: RevokeIntegrationClientCommand): Promise<IntegrationClientView> {
    return this.unitOfWork.run(async (tx) => {
      const clients = new IntegrationClientRepository(tx.manager);
      const client = await clients.lock(clientId);
      if (!client || !mayManage(actor, client.owner_agency_id))
        throw new IntegrationRuleViolation('INTEGRATION.CLIENT_NOT_FOUND', 'no such integration client');
      return toIntegrationClientView(await clients.revoke(clientId));
    });
  }
}
