import type { Principal } from '@csg/auth';
import type { CursorPosition } from '@csg/http';
import type { RegistrationFilters } from '../../infrastructure/registration-list.reader';

export class ListRegistrationsQuery {
  constructor(
    readonly sessionId: string,
    readonly filters: RegistrationFilters,
    readonly viewer: Principal,
    readonly limit: number,
    readonly after: CursorPosition | undefined,
  ) {}
}
