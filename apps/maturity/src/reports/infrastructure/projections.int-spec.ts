import { AgencyDirectoryProjectionHandler } from '@csg/auth';
import type { CloudEvent } from '@csg/contracts';
import type { TransactionContext } from '@csg/messaging';
import { openMaturityDatabase, type MaturityDatabase } from '../../../test/maturity-database.fixture';
import { PracticeProjection } from '../../recommendations/infrastructure/practice.projection';
import { SessionProjection } from './session.projection';

const AGENCY = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const SESSION = '33333333-3333-4333-8333-333333333333';
const PRACTICE = '44444444-4444-4444-8444-444444444444';
const event = <T>(type: string, data: T): CloudEvent<T> => ({ type, data }) as unknown as CloudEvent<T>;

describe("the maturity service's projections: repeated and late events change nothing (PostgreSQL)", () => {
  let db: MaturityDatabase;
  let tx: TransactionContext;
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);

  beforeAll(async () => {
    db = await openMaturityDatabase('maturity_projections');
    tx = { manager: db.dataSource.manager } as TransactionContext;
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('keeps the newest agency state in the directory', async () => {
    const projection = new AgencyDirectoryProjectionHandler();
    const agency = (version: number, sector: string) => ({
      agencyId: AGENCY,
      name: 'HEC',
      acronym: 'HEC',
      tier: 'FEDERAL',
      sector,
      status: 'ACTIVE',
      version,
      jurisdiction: null,
      parentAgencyId: null,
      contactEmail: 'x@y.gov',
      website: null,
      occurredAt: new Date().toISOString(),
    });
    await projection.onAgencyChanged(
      event('csg.agencies.agency.updated.v1', agency(2, 'HEALTH') as never),
      tx,
    );
    await projection.onAgencyChanged(
      event('csg.agencies.agency.registered.v1', agency(1, 'EDUCATION') as never),
      tx,
    );
    await projection.onAgencyChanged(
      event('csg.agencies.agency.updated.v1', agency(2, 'HEALTH') as never),
      tx,
    );
    expect(await q(`SELECT sector, version FROM agency_directory WHERE agency_id = $1`, [AGENCY])).toEqual([
      { sector: 'HEALTH', version: 2 },
    ]);
  });

  it('expands practice references to subcategories, keeps the newest version, counts an adoption once', async () => {
    const projection = new PracticeProjection();
    const practice = (version: number, status: string, frameworkRefs: string[]) => ({
      practiceId: PRACTICE,
      ownerAgencyId: AGENCY,
      tlp: 'TLP:GREEN',
      sharedWithAgencyIds: [],
      recipientSubs: [],
      authorSub: 'a',
      status,
      version,
      frameworkRefs,
      sessionId: SESSION,
      title: 'T',
      occurredAt: new Date().toISOString(),
    });
    await projection.onPracticeChanged(
      event('csg.exchange.practice.published.v1', practice(3, 'PUBLISHED', ['RC.CO']) as never),
      tx,
    );
    await projection.onPracticeChanged(
      event('csg.exchange.practice.submitted.v1', practice(2, 'SUBMITTED', ['GV.OC-01']) as never),
      tx,
    );
    expect(await q(`SELECT subcategory_ids, published, version FROM projected_practices`)).toEqual([
      { subcategory_ids: ['RC.CO-03', 'RC.CO-04'], published: true, version: 3 },
    ]);
    await projection.onPracticeChanged(
      event('csg.exchange.practice.withdrawn.v1', practice(4, 'WITHDRAWN', ['RC.CO']) as never),
      tx,
    );
    expect((await q(`SELECT published FROM projected_practices`))[0].published).toBe(false);
    const endorsed = event('csg.exchange.practice.endorsed.v1', {
      practiceId: PRACTICE,
      agencyId: OTHER,
    } as never);
    await projection.onPracticeEndorsed(endorsed, tx);
    await projection.onPracticeEndorsed(endorsed, tx);
    expect(await q(`SELECT count(*)::int AS n FROM projected_practice_adoptions`)).toEqual([{ n: 1 }]);
  });

  it("replaces a session's coverage only with a newer version and only adds attendance", async () => {
    const projection = new SessionProjection();
    const session = (version: number, refs: string[][]) => ({
      sessionId: SESSION,
      title: 'S',
      status: 'SCHEDULED',
      startsAt: new Date().toISOString(),
      version,
      agenda: refs.map((frameworkRefs, i) => ({
        agendaItemId: `00000000-0000-4000-8000-00000000000${i}`,
        frameworkRefs,
      })),
    });
    await projection.onSessionChanged(
      event('csg.sessions.session.scheduled.v1', session(2, [['GV.OC'], []]) as never),
      tx,
    );
    await projection.onSessionChanged(
      event('csg.sessions.session.updated.v1', session(1, [['PR.AA-01']]) as never),
      tx,
    );
    expect(await q(`SELECT subcategory_ids FROM projected_session_coverage`)).toEqual([
      { subcategory_ids: ['GV.OC-01', 'GV.OC-02', 'GV.OC-03', 'GV.OC-04', 'GV.OC-05'] },
    ]);
    await projection.onSessionChanged(
      event('csg.sessions.session.rescheduled.v1', session(3, [['PR.AA-01']]) as never),
      tx,
    );
    expect(await q(`SELECT subcategory_ids FROM projected_session_coverage`)).toEqual([
      { subcategory_ids: ['PR.AA-01'] },
    ]);
    const attended = (ids: string[]) =>
      event('csg.sessions.attendance.recorded.v1', {
        sessionId: SESSION,
        agencyIds: ids,
        attendingAgencyIds: ids,
      } as never);
    await projection.onAttendanceRecorded(attended([AGENCY]), tx);
    await projection.onAttendanceRecorded(attended([AGENCY, OTHER]), tx);
    await projection.onAttendanceRecorded(attended([AGENCY]), tx);
    expect(
      await q(`SELECT count(*)::int AS n FROM projected_session_attendance WHERE session_id = $1`, [SESSION]),
    ).toEqual([{ n: 2 }]);
  });
});
