import { randomUUID } from 'node:crypto';
import type { CloudEvent, SessionStateData } from '@csg/contracts';
import { heldTransaction, type TransactionContext } from '@csg/messaging';
import { openExchangeDatabase, type ExchangeDatabase } from '../../../test/exchange-database.fixture';
import { SessionDirectoryProjection } from './session-directory.projection';
import { SqlSessionDirectory } from './session-directory.reader';

const event = (
  type: string,
  sessionId: string,
  status: SessionStateData['status'],
  version: number,
): CloudEvent<SessionStateData> =>
  ({
    specversion: '1.0',
    id: randomUUID(),
    source: '/csg/sessions',
    type: `csg.sessions.session.${type}.v1`,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    data: { sessionId, status, version, occurredAt: new Date(1_764_300_000_000 + version).toISOString() },
  }) as CloudEvent<SessionStateData>;

describe('SessionDirectoryProjection (PostgreSQL): known_sessions moves forward only', () => {
  let db: ExchangeDatabase;
  const projection = new SessionDirectoryProjection();
  const apply = (e: CloudEvent<SessionStateData>) =>
    db.dataSource.transaction((manager) =>
      projection.onSessionChanged(e, { manager } as unknown as TransactionContext),
    );
  const statusOf = (id: string) =>
    new SqlSessionDirectory(heldTransaction(db.dataSource.manager)).statusOf(id);
  const row = async (id: string) =>
    (await db.dataSource.query(`SELECT status, version FROM known_sessions WHERE session_id = $1`, [id]))[0];

  beforeAll(async () => {
    db = await openExchangeDatabase('exchange_session_directory');
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('knows nothing of a session it has not heard of', async () => {
    expect(await statusOf(randomUUID())).toBeNull();
  });

  it('records a scheduled session, then its cancellation', async () => {
    const id = randomUUID();
    await apply(event('scheduled', id, 'SCHEDULED', 2));
    expect(await statusOf(id)).toBe('SCHEDULED');
    await apply(event('cancelled', id, 'CANCELLED', 3));
    expect(await row(id)).toEqual({ status: 'CANCELLED', version: 3 });
  });

  it('ignores a late older event: a rescheduling that arrives after the cancellation does not revive it', async () => {
    const id = randomUUID();
    await apply(event('cancelled', id, 'CANCELLED', 4));
    await apply(event('scheduled', id, 'SCHEDULED', 2));
    await apply(event('rescheduled', id, 'SCHEDULED', 3));
    expect(await row(id)).toEqual({ status: 'CANCELLED', version: 4 });
  });

  it('is idempotent: the same event twice leaves one row as it was', async () => {
    const id = randomUUID();
    const completed = event('completed', id, 'COMPLETED', 5);
    await apply(event('scheduled', id, 'SCHEDULED', 2));
    await apply(completed);
    await apply(completed);
    expect(
      await db.dataSource.query(`SELECT status, version FROM known_sessions WHERE session_id = $1`, [id]),
    ).toEqual([{ status: 'COMPLETED', version: 5 }]);
  });
});
