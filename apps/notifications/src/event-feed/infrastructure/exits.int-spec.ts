import { randomUUID } from 'node:crypto';
import { INTEGRATION_TOPICS, type CloudEvent } from '@csg/contracts';
import type { IntegrationPrincipal } from '@csg/auth';
import {
  DIRECTORY,
  READERS,
  exitCases,
  expectedFields,
  expectedToReceive,
  type ExitCase,
} from '../../../../../libs/auth/test/egress-matrix.cases';
import {
  openNotificationsDatabase,
  type NotificationsDatabase,
} from '../../../test/notifications-database.fixture';
import { IntegrationEventLogProjection } from './integration-event-log.projection';
import { SqlEventFeedReader } from './event-feed.reader';

/**
 * The exit matrix through the notifications service's real exits (PostgreSQL): every case of the
 * catalogue-generated matrix is logged by the projection as a consumed event would be, then the
 * feed (what `GET /events` and its stream serve), the queued webhook deliveries and the curated
 * topics' outbox rows are read back per reader. Each must hold exactly the events, and the
 * fields, the product's rule gives that reader — with the thing's state narrowed after the event
 * (the removed agency) for the feed, which decides at the moment of reading.
 */
describe('exits apply the egress policy (PostgreSQL)', () => {
  let db: NotificationsDatabase;
  const cases = exitCases().map((c) => withFreshIds(c));
  const integrationReaders = READERS.filter((r) => r.principal.kind === 'integration');
  const webhookOf = new Map<string, string>();

  beforeAll(async () => {
    db = await openNotificationsDatabase('notif_exits');
    for (const agency of Object.values(DIRECTORY))
      await db.dataSource.query(
        `INSERT INTO agency_directory (agency_id, name, acronym, tier, sector, status, version, updated_at)
         VALUES ($1, 'Agency', 'AG', $2, $3, $4, 1, now())`,
        [agency.id, agency.tier, agency.sector, agency.status],
      );
    for (const reader of integrationReaders) {
      const principal = reader.principal as IntegrationPrincipal;
      const id = randomUUID();
      webhookOf.set(reader.name, id);
      await db.dataSource.query(
        `INSERT INTO webhooks (id, url, event_types, owner_agency_id, tlp_clearance, secret_ciphertext, status, created_by, created_at, version)
         VALUES ($1, 'https://receiver.example.gov/hook', $2, $3, $4, 'x', 'ACTIVE', 'organiser-1', now(), 1)`,
        [id, principal.eventTypes, principal.ownerAgencyId, principal.tlpClearance],
      );
    }
    // What was known of each thing before its event arrived (a campaign's audience from its
    // opening; a commented practice's status from its own events).
    for (const c of cases) {
      const subject = c.definition.egress?.subject;
      if (subject)
        await db.dataSource.query(
          `INSERT INTO egress_subjects (kind, id, state) VALUES ($1, $2, $3::jsonb)`,
          [
            subject.kind,
            c.event[subject.idField],
            JSON.stringify(c.nowAtArrival === c.now ? c.now : c.known),
          ],
        );
    }
    const projection = new IntegrationEventLogProjection();
    for (const c of cases) await db.unitOfWork.run((tx) => projection.onAnyEvent(c.cloudEvent, tx));
    // The thing as it is now: narrowed after the event (the feed decides when it is read).
    for (const c of cases) {
      const subject = c.definition.egress?.subject;
      if (!subject) continue;
      await db.dataSource.query(`UPDATE egress_subjects SET state = $3::jsonb WHERE kind = $1 AND id = $2`, [
        subject.kind,
        c.event[subject.idField],
        JSON.stringify(c.now),
      ]);
    }
  }, 600_000);

  afterAll(async () => {
    await db?.drop();
  });

  it.each(integrationReaders.map((r) => [r.name, r] as const))(
    'the event feed (and its stream) serves %s exactly what the rule gives it',
    async (_name, reader) => {
      const feed = new SqlEventFeedReader(db.dataSource);
      const read = await feed.read(reader.principal as IntegrationPrincipal, {
        afterSeq: '0',
        limit: 10_000,
      });
      const got = new Map(read.events.map((e) => [e.event_id, e]));
      for (const c of cases) {
        const expected = expectedToReceive(c, reader);
        expect([c.definition.type, c.label, got.has(c.cloudEvent.id)]).toEqual([
          c.definition.type,
          c.label,
          expected,
        ]);
        if (expected)
          expect(Object.keys(got.get(c.cloudEvent.id)!.data as object).sort()).toEqual(
            expectedFields(c, reader).sort(),
          );
      }
    },
  );

  it.each(integrationReaders.map((r) => [r.name, r] as const))(
    'webhooks queue for %s exactly what the rule gave it when the event arrived',
    async (_name, reader) => {
      const rows: Array<{ event_id: string; payload: string }> = await db.dataSource.query(
        `SELECT event_id, payload FROM webhook_deliveries WHERE webhook_id = $1`,
        [webhookOf.get(reader.name)],
      );
      const got = new Map(rows.map((r) => [r.event_id, JSON.parse(r.payload) as { data: object }]));
      for (const c of cases) {
        // When the event arrived, the thing was as the event says (nobody had narrowed it yet).
        const atArrival = { ...c, now: c.nowAtArrival };
        const expected = expectedToReceive(atArrival, reader);
        expect([c.definition.type, c.label, got.has(c.cloudEvent.id)]).toEqual([
          c.definition.type,
          c.label,
          expected,
        ]);
        if (expected)
          expect(Object.keys(got.get(c.cloudEvent.id)!.data).sort()).toEqual(
            expectedFields(c, reader).sort(),
          );
      }
    },
  );

  it.each([
    ['clear', INTEGRATION_TOPICS.clear, 'curated topic clear'],
    ['green', INTEGRATION_TOPICS.green, 'curated topic green'],
  ] as const)(
    'the curated topic %s carries exactly what its readers may read',
    async (_reach, topic, readerName) => {
      const reader = READERS.find((r) => r.name === readerName)!;
      const rows: Array<{ headers: Record<string, string>; value: string }> = await db.dataSource.query(
        `SELECT headers, value FROM outbox WHERE topic = $1`,
        [topic],
      );
      const got = new Map(rows.map((r) => [r.headers.ce_id, JSON.parse(r.value) as object]));
      for (const c of cases) {
        const expected = expectedToReceive({ ...c, now: c.nowAtArrival }, reader);
        expect([c.definition.type, c.label, got.has(c.cloudEvent.id)]).toEqual([
          c.definition.type,
          c.label,
          expected,
        ]);
        if (expected)
          expect(Object.keys(got.get(c.cloudEvent.id)!).sort()).toEqual(expectedFields(c, reader).sort());
      }
    },
  );
});

/** A case with ids of its own (so cases do not share a subject) and as a consumed CloudEvent. */
function withFreshIds(c: ExitCase): ExitCase & {
  cloudEvent: CloudEvent;
  known: Record<string, unknown>;
  nowAtArrival: Record<string, unknown>;
} {
  const subject = c.definition.egress?.subject;
  const ids: Record<string, unknown> = {};
  if (subject && typeof c.event[subject.idField] === 'string') ids[subject.idField] = randomUUID();
  const event = { ...c.event, ...ids };
  const now = { ...c.now, ...ids };
  // Before the event: the thing as it is now, without the event's own narrowing undone. An event
  // about the thing itself is merged into it on arrival; a comment or endorsement is not.
  const ownSubject = subject !== undefined && c.definition.type.split('.')[2] === subject.kind;
  const known = { ...event, ...now };
  return {
    ...c,
    event,
    now,
    known,
    nowAtArrival: ownSubject ? { ...known, ...event } : now,
    cloudEvent: {
      specversion: '1.0',
      id: randomUUID(),
      source: `/csg/${c.definition.type.split('.')[1]}`,
      type: c.definition.type,
      time: '2026-12-07T09:00:00.000Z',
      datacontenttype: 'application/json',
      data: event,
    },
  };
}
