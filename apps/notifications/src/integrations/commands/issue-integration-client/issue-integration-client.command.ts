import type { Principal } from '@csg/auth';
import type { IdempotencyRequest } from '@csg/http';
import type { IssueIntegrationClientDto } from './issue-integration-client.dto';

export class IssueIntegrationClientCommand {
  constructor(
    readonly request: IssueIntegrationClientDto,
    readonly actor: Principal,
    readonly idempotency?: IdempotencyRequest,
  ) {}
}
