import { waitFor } from '@csg/testing/wait-for';
import { startEmbeddedTestPlatform, TestPlatform } from '../../embedded/test/platform-test-harness';

const DAY = 24 * 60 * 60 * 1000;
let sequence = 0;
/** Sequences are unique per database; each suite has its own, so a random base only keeps runs apart. */
const base = 1_000 + Math.floor(Math.random() * 90_000);

/** A valid `POST /sessions` body: a unique sequence, a week ahead, in person in Islamabad. */
export function sessionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  const start = new Date(Date.now() + 7 * DAY);
  start.setUTCHours(5, 0, 0, 0);
  return {
    sequence: base + sequence,
    title: `CyberSecureGov: Cyber Guidelines Initiative, session ${sequence}`,
    description: 'Keynotes, practical workshops, exercises and inter-agency dialogue.',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 5 * 3_600_000).toISOString(),
    timezone: 'Asia/Karachi',
    mode: 'IN_PERSON',
    venue: 'National CERT auditorium, Islamabad',
    capacity: 50,
    ...overrides,
  };
}

/** The embedded platform on fresh test databases, with helpers to call its API as someone. */
export class SessionsTestPlatform extends TestPlatform {
  static async start(prefix: string): Promise<SessionsTestPlatform> {
    // Calendars and CSV exports are not JSON: their answers are read as `text`.
    return new SessionsTestPlatform(await startEmbeddedTestPlatform(prefix), 'json-or-text');
  }

  /**
   * An ACTIVE agency registered through the agencies API with its people, once the sessions
   * service has projected it and its memberships (polling the projection, never sleeping).
   */
  async agencyWithPeople(
    organiser: string,
    people: { admins?: string[]; members?: string[] },
    details: { tier?: string; sector?: string; jurisdiction?: string } = {},
  ): Promise<string> {
    const acronym = `S${Math.random().toString(36).slice(2, 9).toUpperCase()}`;
    const everyone = [
      ...(people.admins ?? []).map((sub) => ({ sub, role: 'agency-admin' as const })),
      ...(people.members ?? []).map((sub) => ({ sub, role: 'member' as const })),
    ];
    const agencyId = await this.registerAgency(
      organiser,
      {
        name: `Agency ${acronym}`,
        acronym,
        tier: details.tier ?? 'FEDERAL',
        ...(details.jurisdiction ? { jurisdiction: details.jurisdiction } : {}),
        sector: details.sector ?? 'EDUCATION',
        contactEmail: `cert@${acronym.toLowerCase()}.gov.pk`,
      },
      everyone.map((person) => ({ ...person, displayName: `Person ${person.sub}` })),
    );
    await waitFor(
      async () => {
        const [row] = await this.query(
          'sessions',
          `SELECT (SELECT count(*)::int FROM agency_directory WHERE agency_id = $1) AS agencies,
                  (SELECT count(*)::int FROM projected_memberships m JOIN projected_agencies a USING (agency_id)
                    WHERE m.agency_id = $1 AND a.status = 'ACTIVE') AS members`,
          [agencyId],
        );
        return row.agencies === 1 && row.members === everyone.length;
      },
      { what: `agency ${acronym} projected in the sessions service` },
    );
    return agencyId;
  }

  /** The sessions service's outbox rows of one type for one session. */
  events(type: string, sessionId: string): Promise<Array<{ data: any }>> {
    return this.query(
      'sessions',
      `SELECT value::jsonb AS data FROM outbox WHERE event_type = $1 AND message_key = $2 ORDER BY id`,
      [type, sessionId],
    );
  }
}
