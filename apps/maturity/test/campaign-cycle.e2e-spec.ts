import { waitFor } from '@csg/testing/wait-for';
import { MaturityTestPlatform } from './maturity-platform.fixture';

const DAY = 86_400_000;
const GV_OC = ['GV.OC-01', 'GV.OC-02', 'GV.OC-03', 'GV.OC-04', 'GV.OC-05'];

/**
 * The whole cycle through HTTP on the embedded platform: a session whose agenda covers GV.OC, a
 * baseline campaign, six agencies assess, three attend the session and improve, a follow-up
 * campaign; the impact report compares, the maturity report anonymises, recommendations follow TLP.
 */
describe('a maturity campaign cycle after a session (embedded platform)', () => {
  let p: MaturityTestPlatform;
  let organiser: string;
  const agencies: Array<{ id: string; admin: string; member: string }> = [];
  let sessionId: string;
  let smallSessionId: string;
  let baselineId: string;
  let followUpId: string;

  const schedule = async (title: string, frameworkRefs: string[]) => {
    const start = new Date(Date.now() + 3_600_000); // within the attendance window (2 h before the start)
    const created = await p.call('POST', 'sessions', {
      token: organiser,
      body: {
        sequence: 1 + Math.floor(Math.random() * 99_999),
        title,
        description: 'Keynote and workshop.',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 4 * 3_600_000).toISOString(),
        timezone: 'Asia/Karachi',
        mode: 'IN_PERSON',
        venue: 'National CERT auditorium',
        capacity: 50,
      },
    });
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    const item = await p.call('POST', `sessions/${created.body.id}/agenda`, {
      token: organiser,
      body: {
        kind: 'KEYNOTE',
        title: 'Organisational context',
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
        speakers: [{ name: 'Director GRC' }],
        frameworkRefs,
      },
    });
    if (item.status !== 201) throw new Error(JSON.stringify(item.body));
    expect((await p.call('POST', `sessions/${created.body.id}/schedule`, { token: organiser })).status).toBe(
      200,
    );
    return created.body.id as string;
  };

  const attend = async (session: string, attendees: typeof agencies) => {
    const ids: string[] = [];
    for (const a of attendees) {
      const registered = await p.call('POST', `sessions/${session}/registrations`, {
        token: a.admin,
        body: {
          agencyId: a.id,
          participants: [{ name: 'CISO', email: `ciso-${a.id.slice(0, 8)}@example.gov.pk` }],
        },
      });
      expect(registered.status).toBe(201);
      ids.push(...registered.body.items.map((r: { id: string }) => r.id));
    }
    const recorded = await p.call('POST', `sessions/${session}/attendance`, {
      token: organiser,
      body: { registrationIds: ids },
    });
    expect(recorded.status).toBe(200);
  };

  const assess = async (
    campaignId: string,
    agency: (typeof agencies)[number],
    tiers: number[],
    copyFrom?: string,
  ) => {
    const started = await p.call('POST', `agencies/${agency.id}/assessments`, {
      token: agency.admin,
      body: { campaignId, ...(copyFrom ? { copyFrom } : {}) },
    });
    expect(started.status).toBe(201);
    const answers = GV_OC.map((subcategoryId, i) => ({ subcategoryId, current: tiers[i] })).filter(
      (a) => a.current !== undefined,
    );
    expect(
      (
        await p.call('PUT', `assessments/${started.body.id}/answers`, {
          token: agency.admin,
          body: { answers },
        })
      ).status,
    ).toBe(200);
    expect(
      (await p.call('POST', `assessments/${started.body.id}/submit`, { token: agency.admin })).status,
    ).toBe(200);
    return started.body.id as string;
  };

  const campaign = async (name: string) => {
    const opened = await p.call('POST', 'campaigns', {
      token: organiser,
      body: {
        name,
        frameworkId: 'nist-csf-2.0',
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
        sessionIds: [sessionId],
        audience: { kind: 'ALL' },
        targets: { default: 3 },
      },
    });
    expect(opened.status).toBe(201);
    return opened.body.id as string;
  };

  beforeAll(async () => {
    p = await MaturityTestPlatform.start('maturity_cycle');
    organiser = await p.token('org-cycle', ['organiser']);
    for (let n = 1; n <= 6; n += 1) {
      const id = await p.agencyWith(
        organiser,
        {
          name: `Agency ${n} of the cycle`,
          acronym: `CYC${n}`,
          sector: 'EDUCATION',
          ...(n === 6 ? { tier: 'PROVINCIAL', jurisdiction: 'Punjab' } : {}),
        },
        [
          { sub: `cycle-admin-${n}`, role: 'agency-admin' },
          { sub: `cycle-member-${n}`, role: 'member' },
        ],
      );
      agencies.push({
        id,
        admin: await p.token(`cycle-admin-${n}`),
        member: await p.token(`cycle-member-${n}`),
      });
    }
    sessionId = await schedule('Session 8: risk identification and national frameworks', ['GV.OC']);
    smallSessionId = await schedule('Session 9: a small workshop', ['GV.OC-01']);
  });

  afterAll(async () => {
    await p?.stop();
  });

  it('runs a baseline, a session three agencies attend, and a follow-up in which they improve', async () => {
    baselineId = await campaign('Baseline');
    const baseline: string[] = [];
    for (const agency of agencies) baseline.push(await assess(baselineId, agency, [1, 1, 1, 1, 1]));
    await attend(sessionId, agencies.slice(0, 3));
    await attend(smallSessionId, agencies.slice(0, 1));
    expect((await p.call('POST', `campaigns/${baselineId}/close`, { token: organiser })).status).toBe(200);
    followUpId = await campaign('Follow-up');
    for (const [n, agency] of agencies.entries()) {
      await assess(followUpId, agency, n < 3 ? [3, 3, 3, 3, 3] : [2, 1, 1, 1, 1], baseline[n]);
    }
    await waitFor(
      async () => {
        const [row] = await p.query(
          'maturity',
          `SELECT (SELECT count(*)::int FROM projected_session_attendance WHERE session_id = $1) AS attended,
                  (SELECT count(*)::int FROM projected_session_coverage WHERE session_id = $1) AS covered`,
          [sessionId],
        );
        return row.attended === 3 && row.covered === 1;
      },
      {
        what: 'the maturity service to learn the session and its attendance',
        timeoutMs: 20_000,
        intervalMs: 100,
      },
    );
  });

  it('shows in the impact report that the agencies that attended improved more, with the counts', async () => {
    const report = await p.call(
      'GET',
      `reports/impact?sessionId=${sessionId}&campaignId=${followUpId}&baselineCampaignId=${baselineId}`,
      { token: organiser },
    );
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ attendingAgencies: 3, minimumGroupSize: 3 });
    expect(report.body.overall).toEqual({
      subcategoryId: null,
      attended: { agencies: 3, meanChange: 2 },
      notAttended: { agencies: 3, meanChange: 0.2 },
      verdict: 'COMPARABLE',
      difference: 1.8,
    });
    expect(report.body.subcategories.map((s: { subcategoryId: string }) => s.subcategoryId)).toEqual(GV_OC);
    expect(report.body.subcategories[0]).toMatchObject({
      attended: { agencies: 3, meanChange: 2 },
      notAttended: { agencies: 3, meanChange: 1 },
      difference: 1,
    });
    expect(report.body.caveats.length).toBeGreaterThan(0);
  });

  it('says when the groups are too small to compare', async () => {
    await waitFor(
      async () =>
        (
          await p.query('maturity', `SELECT 1 FROM projected_session_attendance WHERE session_id = $1`, [
            smallSessionId,
          ])
        ).length === 1,
      {
        what: 'the small session attendance',
        timeoutMs: 20_000,
        intervalMs: 100,
      },
    );
    const report = await p.call(
      'GET',
      `reports/impact?sessionId=${smallSessionId}&campaignId=${followUpId}&baselineCampaignId=${baselineId}`,
      { token: organiser },
    );
    expect(report.body.overall).toMatchObject({
      attended: { agencies: 1 },
      notAttended: { agencies: 5 },
      verdict: 'TOO_FEW_AGENCIES',
      difference: null,
    });
    expect(
      (
        await p.call(
          'GET',
          `reports/impact?sessionId=${sessionId}&campaignId=${followUpId}&baselineCampaignId=${baselineId}`,
          { token: agencies[0].admin },
        )
      ).status,
    ).toBe(403);
    const unknown = await p.call(
      'GET',
      `reports/impact?sessionId=${agencies[0].id}&campaignId=${followUpId}&baselineCampaignId=${baselineId}`,
      { token: organiser },
    );
    expect(unknown).toMatchObject({ status: 404, body: { code: 'REPORT.SESSION_NOT_KNOWN' } });
  });

  it('names agencies for organisers and anonymises for members, suppressing groups of fewer than three', async () => {
    const named = await p.call('GET', `reports/maturity?campaignId=${followUpId}&groupBy=tier`, {
      token: organiser,
    });
    expect(named.body).toMatchObject({ named: true });
    expect(named.body.groups).toEqual([
      { key: 'FEDERAL', suppressed: false, agencies: 5, current: 2.28, target: 3, gap: 0.72 },
      { key: 'PROVINCIAL', suppressed: false, agencies: 1, current: 1.2, target: 3, gap: 1.8 },
    ]);
    expect(named.body.agencies.map((a: { acronym: string }) => a.acronym)).toEqual([
      'CYC1',
      'CYC2',
      'CYC3',
      'CYC4',
      'CYC5',
      'CYC6',
    ]);
    const anonymous = await p.call('GET', `reports/maturity?campaignId=${followUpId}&groupBy=tier`, {
      token: agencies[3].member,
    });
    expect(anonymous.body).toMatchObject({ named: false, agencies: [] });
    expect(anonymous.body.groups[1]).toEqual({
      key: 'PROVINCIAL',
      suppressed: true,
      agencies: null,
      current: null,
      target: null,
      gap: null,
    });
    const byFunction = await p.call('GET', `reports/maturity?campaignId=${followUpId}`, {
      token: agencies[3].member,
    });
    expect(byFunction.body.groups).toEqual([
      { key: 'GV', suppressed: false, agencies: 6, current: 2.1, target: 3, gap: 0.9 },
    ]);
    const outsider = await p.token('cycle-outsider');
    expect(
      (await p.call('GET', `reports/maturity?campaignId=${followUpId}`, { token: outsider })).status,
    ).toBe(404);
  });

  it('hides from members the tier of five too, since the function figure over all six less it is the sixth agency', async () => {
    const hidden = { suppressed: true, agencies: null, current: null, target: null, gap: null };
    const byTier = await p.call('GET', `reports/maturity?campaignId=${followUpId}&groupBy=tier`, {
      token: agencies[3].member,
    });
    expect(byTier.body.groups).toEqual([
      { key: 'FEDERAL', ...hidden },
      { key: 'PROVINCIAL', ...hidden },
    ]);
    const bySector = await p.call('GET', `reports/maturity?campaignId=${followUpId}&groupBy=sector`, {
      token: agencies[3].member,
    });
    expect(bySector.body.groups).toEqual([
      { key: 'EDUCATION', suppressed: false, agencies: 6, current: 2.1, target: 3, gap: 0.9 },
    ]);
  });

  it("recommends published practices that cover the agency's gaps, only those it may read, ranked, with adoptions", async () => {
    const [a1, a2, , a4, a5] = agencies;
    const publish = async (
      author: (typeof agencies)[number],
      title: string,
      frameworkRefs: string[],
      tlp: string,
    ) => {
      // The exchange accepts the session link once session.scheduled reached its projection
      // (ADR 50); until then it answers 422 PRACTICE.UNKNOWN_SESSION and stores nothing.
      const draft = await waitFor(
        async () => {
          const response = await p.call('POST', 'practices', {
            token: author.admin,
            body: {
              agencyId: author.id,
              title,
              summary: `${title}: what we did.`,
              body: 'We did it step by step.',
              tags: ['governance'],
              sectors: ['EDUCATION'],
              frameworkRefs,
              tlp,
              sessionId,
            },
          });
          if (response.status === 201) return response;
          if (response.body.code !== 'PRACTICE.UNKNOWN_SESSION')
            throw new Error(JSON.stringify(response.body));
          return null;
        },
        { what: 'the session in the exchange projection', timeoutMs: 15_000, intervalMs: 100 },
      );
      expect(
        (await p.call('POST', `practices/${draft.body.id}/submit`, { token: author.admin })).status,
      ).toBe(200);
      const approved = await p.call('POST', `practices/${draft.body.id}/approve`, {
        token: organiser,
        body: {},
      });
      if (approved.status !== 200) throw new Error(JSON.stringify(approved.body));
      return draft.body.id as string;
    };
    const green = await publish(a1, 'Mission statement workshop', ['GV.OC-01'], 'TLP:GREEN');
    const wide = await publish(a2, 'Stakeholder register', ['GV.OC'], 'TLP:GREEN');
    const amber = await publish(a5, 'Internal dependency map', ['GV.OC-05'], 'TLP:AMBER');
    const endorsed = await p.call('POST', `practices/${green}/endorsements`, {
      token: a2.admin,
      body: { agencyId: a2.id },
    });
    expect(endorsed.status).toBe(201);
    await waitFor(
      async () => {
        const [row] = await p.query(
          'maturity',
          `SELECT (SELECT count(*)::int FROM projected_practices WHERE published) AS published,
                  (SELECT count(*)::int FROM projected_practice_adoptions) AS adoptions`,
        );
        return row.published === 3 && row.adoptions === 1;
      },
      { what: 'the maturity service to learn the published practices', timeoutMs: 20_000, intervalMs: 100 },
    );
    const forA4 = await p.call('GET', `agencies/${a4.id}/recommendations`, { token: a4.member });
    expect(forA4.status).toBe(200);
    // GV.OC-02 lacks two tiers, GV.OC-01 one: the practice covering the larger gap comes first.
    expect(forA4.body.items.map((r: { practiceId: string }) => r.practiceId)).toEqual([wide, green]);
    expect(forA4.body.items[0]).toMatchObject({
      addresses: { subcategoryId: 'GV.OC-02', gap: 2 },
      coveredGaps: 5,
      adoptions: 0,
    });
    expect(forA4.body.items[1]).toMatchObject({
      addresses: { subcategoryId: 'GV.OC-01', gap: 1 },
      coveredGaps: 1,
      adoptions: 1,
    });
    expect(forA4.body.items[1].reason).toContain('adopted by 1 agency');
    const forA5 = await p.call('GET', `agencies/${a5.id}/recommendations`, { token: a5.member });
    expect(forA5.body.items.map((r: { practiceId: string }) => r.practiceId)).toContain(amber);
    expect((await p.call('GET', `agencies/${a4.id}/recommendations`, { token: a5.member })).status).toBe(403);
    const impact = await p.call(
      'GET',
      `reports/impact?sessionId=${sessionId}&campaignId=${followUpId}&baselineCampaignId=${baselineId}`,
      { token: organiser },
    );
    expect(impact.body.subcategories.map((s: { subcategoryId: string }) => s.subcategoryId)).toEqual(GV_OC);
    expect(
      (await p.call('GET', `agencies/${a1.id}/recommendations`, { token: a1.member })).body.items,
    ).toEqual([]);
  });
});
