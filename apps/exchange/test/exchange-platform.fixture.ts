import { waitFor } from '@csg/testing/wait-for';
import {
  startEmbeddedTestPlatform,
  TestPlatform,
  type ApiRequest,
  type ApiResponse,
} from '../../embedded/test/platform-test-harness';

/** The people of the exchange tests: members of agencies A, B and C, and the operators. */
export const PEOPLE = {
  authorA: { sub: 'author-a', agency: 'A', role: 'member' },
  colleagueA: { sub: 'colleague-a', agency: 'A', role: 'member' },
  adminA: { sub: 'admin-a', agency: 'A', role: 'agency-admin' },
  memberB: { sub: 'member-b', agency: 'B', role: 'member' },
  adminB: { sub: 'admin-b', agency: 'B', role: 'agency-admin' },
  memberC: { sub: 'member-c', agency: 'C', role: 'agency-admin' },
  /** CERT organisers who are also members of agency A: its practices need another pair of eyes. */
  organiserA: { sub: 'organiser-a', agency: 'A', role: 'member', roles: ['organiser'] },
  colleagueOrganiserA: { sub: 'organiser-a2', agency: 'A', role: 'member', roles: ['organiser'] },
} as const;
export type Person = keyof typeof PEOPLE | 'organiser' | 'platformAdmin' | 'anonymous';

/**
 * The embedded platform on fresh test databases with agencies A, B and C and their people,
 * registered through the agencies API and projected into the exchange's own membership tables.
 */
export class ExchangeTestPlatform extends TestPlatform {
  readonly agencies: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
  private readonly tokens = new Map<string, string>();
  private sessionSequence = 1 + Math.floor(Math.random() * 90_000);

  static async start(prefix: string): Promise<ExchangeTestPlatform> {
    const api = new ExchangeTestPlatform(await startEmbeddedTestPlatform(prefix));
    await api.seed();
    return api;
  }

  /** Calls the API as `person`. */
  async as(
    person: Person,
    method: string,
    path: string,
    request: Omit<ApiRequest, 'token'> = {},
  ): Promise<ApiResponse> {
    return this.call(method, path, { ...request, token: await this.tokenOf(person) });
  }

  /** The bearer token of `person` (none for anonymous). */
  async tokenOf(person: Person): Promise<string | undefined> {
    if (person === 'anonymous') return undefined;
    if (!this.tokens.has(person)) {
      const claims =
        person === 'organiser'
          ? { sub: 'organiser-1', roles: ['organiser'] }
          : person === 'platformAdmin'
            ? { sub: 'platform-admin-1', roles: ['platform-admin'] }
            : { sub: PEOPLE[person].sub, name: `Person ${PEOPLE[person].sub}`, ...rolesOf(person) };
      this.tokens.set(person, await this.tokenWith(claims));
    }
    return this.tokens.get(person);
  }

  /** A DRAFT session planned by the organiser in the sessions service (it publishes nothing for a draft). */
  async planSession(): Promise<string> {
    const start = new Date(Date.now() + 7 * 86_400_000);
    start.setUTCHours(5, 0, 0, 0);
    this.sessionSequence += 1;
    const created = await this.as('organiser', 'POST', 'sessions', {
      body: {
        sequence: this.sessionSequence,
        title: `Practices presented at session ${this.sessionSequence}`,
        description: 'Keynotes and workshops.',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 4 * 3_600_000).toISOString(),
        timezone: 'Asia/Karachi',
        mode: 'IN_PERSON',
        venue: 'National CERT auditorium, Islamabad',
        capacity: 50,
      },
    });
    if (created.status !== 201) throw new Error(`planning a session: ${JSON.stringify(created.body)}`);
    return created.body.id as string;
  }

  /** Schedules a planned session; its `session.scheduled` event is what the exchange projects. */
  async scheduleSession(sessionId: string): Promise<void> {
    const scheduled = await this.as('organiser', 'POST', `sessions/${sessionId}/schedule`);
    if (scheduled.status !== 200) throw new Error(`scheduling a session: ${JSON.stringify(scheduled.body)}`);
  }

  /** A scheduled session that has reached the exchange's `known_sessions` projection. */
  async knownSession(): Promise<string> {
    const sessionId = await this.planSession();
    await this.scheduleSession(sessionId);
    await waitFor(
      async () =>
        (
          await this.query<{ status: string }>(
            'exchange',
            'SELECT status FROM known_sessions WHERE session_id = $1',
            [sessionId],
          )
        )[0]?.status === 'SCHEDULED',
      { what: 'the scheduled session in the exchange projection', timeoutMs: 15_000, intervalMs: 50 },
    );
    return sessionId;
  }

  private async seed(): Promise<void> {
    const organiser = (await this.tokenOf('organiser')) as string;
    for (const name of ['A', 'B', 'C'] as const) {
      this.agencies[name] = await this.registerAgency(organiser, {
        name: `Exchange agency ${name} ${Date.now() % 100000}`,
        acronym: `EX${name}${process.hrtime.bigint() % 100000n}`,
        tier: 'FEDERAL',
        sector: 'INFORMATION_TECHNOLOGY',
        contactEmail: `cert-${name.toLowerCase()}@example.gov.pk`,
      });
    }
    for (const { sub, agency, role } of Object.values(PEOPLE))
      await this.addMember(organiser, this.agencies[agency], { sub, role });
    await waitFor(
      async () => {
        const rows = await this.query('exchange', `SELECT count(*)::int AS n FROM projected_memberships`);
        return rows[0].n === Object.keys(PEOPLE).length;
      },
      { what: 'the memberships in the exchange projection', timeoutMs: 15_000, intervalMs: 50 },
    );
  }
}

/** The platform roles a person of PEOPLE has besides their membership (none for most). */
function rolesOf(person: keyof typeof PEOPLE): { roles?: string[] } {
  const entry = PEOPLE[person];
  return 'roles' in entry ? { roles: [...entry.roles] } : {};
}

/** A valid practice body for agency `agencyId`. */
export function practiceBody(
  agencyId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    agencyId,
    title: 'Phishing-resistant MFA for all staff',
    summary: 'How we rolled out FIDO2 security keys in six weeks',
    body: '# Steps\n\n1. Pilot with the SOC\n2. Roll out by department',
    tags: ['mfa', 'identity'],
    sectors: ['HEALTH'],
    frameworkRefs: ['PR.AA', 'PR.AA-03'],
    tlp: 'TLP:GREEN',
    ...overrides,
  };
}
