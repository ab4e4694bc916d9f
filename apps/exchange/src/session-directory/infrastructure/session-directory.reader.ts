import { Inject, Injectable } from '@nestjs/common';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { SessionDirectory, type KnownSessionStatus } from '../domain/session-directory.port';

/** `known_sessions`, read in the running transaction. */
@Injectable()
export class SqlSessionDirectory extends SessionDirectory {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  async statusOf(sessionId: string): Promise<KnownSessionStatus | null> {
    const [row]: Array<{ status: KnownSessionStatus }> = await this.transactions.current.manager.query(
      `SELECT status FROM known_sessions WHERE session_id = $1`,
      [sessionId],
    );
    return row?.status ?? null;
  }
}
