import { contextParts } from '@csg/runtime';
import { IssueIntegrationClientController } from './commands/issue-integration-client/issue-integration-client.controller';
import { IssueIntegrationClientHandler } from './commands/issue-integration-client/issue-integration-client.handler';
import { RevokeIntegrationClientController } from './commands/revoke-integration-client/revoke-integration-client.controller';
import { RevokeIntegrationClientHandler } from './commands/revoke-integration-client/revoke-integration-client.handler';
import { RotateIntegrationKeyController } from './commands/rotate-integration-key/rotate-integration-key.controller';
import { RotateIntegrationKeyHandler } from './commands/rotate-integration-key/rotate-integration-key.handler';
import { IntegrationClientReader } from './domain/integration-client.ports';
import { SqlIntegrationClientReader } from './infrastructure/integration-client.reader';
import { ListIntegrationClientsController } from './queries/list-integration-clients/list-integration-clients.controller';
import { ListIntegrationClientsHandler } from './queries/list-integration-clients/list-integration-clients.handler';

/** The integrations context: integration clients and their API keys. */
export const INTEGRATION_PARTS = contextParts({
  useCases: [
    [IssueIntegrationClientController, IssueIntegrationClientHandler],
    [ListIntegrationClientsController, ListIntegrationClientsHandler],
    [RotateIntegrationKeyController, RotateIntegrationKeyHandler],
    [RevokeIntegrationClientController, RevokeIntegrationClientHandler],
  ],
  providers: [{ provide: IntegrationClientReader, useClass: SqlIntegrationClientReader }],
});
