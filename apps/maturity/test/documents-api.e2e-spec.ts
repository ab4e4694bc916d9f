import { randomUUID } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { docxParts, docxText, pdfPages, type PdfPageText } from '@csg/documents/testing/read-documents';
import { MaturityTestPlatform } from './maturity-platform.fixture';

const DAY = 86_400_000;
const isoDay = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);
const flat = (pages: PdfPageText[]) => pages.map((page) => page.text).join(' ');
const two = (n: number | null) => (n === null ? '—' : n.toFixed(2));
const svgRoot = (svg: string) =>
  new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false }).parse(svg).svg;
const svgTexts = (root: { text?: unknown }) =>
  [root.text ?? []].flat().map((t) => String((t as { '#text': unknown })['#text']));

/**
 * The documents people read, through HTTP on the embedded platform: the profile (PDF, .docx, SVG),
 * the report charts and the programme report, each read back and compared with the JSON the
 * same reader gets, with the practices and markings each reader may see.
 */
describe('documents: profile, report charts and programme report (embedded platform)', () => {
  let p: MaturityTestPlatform;
  let organiser: string;
  let adminA: string;
  let memberA: string;
  let outsider: string;
  const agencies: string[] = [];
  let baselineId: string;
  let campaignId: string;
  let assessmentOfA: string;
  let baselineOfA: string;
  const sessionId = randomUUID();
  const RED_TITLE = 'Red-team findings playbook (recipients only)';
  const CLEAR_TITLE = 'Network monitoring with open-source sensors';

  const download = async (path: string, token?: string, accept?: string) => {
    const response = await fetch(`${p.baseUrl}/api/v1/${path}`, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(accept ? { accept } : {}) },
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  };
  const json = async (path: string, token: string) => {
    const answer = await p.call('GET', path, { token });
    expect(answer.status).toBe(200);
    return answer.body;
  };

  const openCampaign = async (name: string) =>
    (
      await p.call('POST', 'campaigns', {
        token: organiser,
        body: {
          name,
          frameworkId: 'nist-csf-2.0',
          opensAt: new Date(Date.now() - DAY).toISOString(),
          closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
          audience: { kind: 'ALL' },
          targets: { default: 3 },
        },
      })
    ).body.id as string;

  const assess = async (campaign: string, agency: number, admin: string, tiers: Record<string, number>) => {
    const started = await p.call('POST', `agencies/${agencies[agency]}/assessments`, {
      token: admin,
      body: { campaignId: campaign },
    });
    expect(started.status).toBe(201);
    const answers = Object.entries(tiers).map(([subcategoryId, current]) => ({ subcategoryId, current }));
    expect(
      (await p.call('PUT', `assessments/${started.body.id}/answers`, { token: admin, body: { answers } }))
        .status,
    ).toBe(200);
    expect((await p.call('POST', `assessments/${started.body.id}/submit`, { token: admin })).status).toBe(
      200,
    );
    return started.body.id as string;
  };

  beforeAll(async () => {
    p = await MaturityTestPlatform.start('maturity_documents');
    organiser = await p.token('org-docs', ['organiser']);
    adminA = await p.token('docs-a-admin');
    memberA = await p.token('docs-a-member');
    outsider = await p.token('docs-nobody');
    const admins: string[] = [];
    for (const [n, name] of [
      'Provincial Revenue Authority',
      'Excise Department',
      'Land Records Authority',
    ].entries()) {
      const people: Array<{ sub: string; role: 'agency-admin' | 'member' }> = [
        { sub: `docs-${'abc'[n]}-admin`, role: 'agency-admin' },
      ];
      if (n === 0) people.push({ sub: 'docs-a-member', role: 'member' });
      agencies.push(
        await p.agencyWith(
          organiser,
          { name, acronym: `DOC${n}${randomUUID().slice(0, 4)}`, sector: 'FINANCE' },
          people,
        ),
      );
      admins.push(n === 0 ? adminA : await p.token(`docs-${'abc'[n]}-admin`));
    }
    baselineId = await openCampaign('Documents baseline');
    campaignId = await openCampaign('Documents follow-up');
    const tiers = (n: number, later: boolean) => ({
      'GV.OC-01': n + (later ? 1 : 0),
      'DE.CM-01': 0,
      'PR.AA-01': 1 + n,
      'RC.RP-01': later ? 2 : 1,
    });
    for (let n = 0; n < 3; n += 1) {
      const before = await assess(baselineId, n, admins[n], tiers(n, false));
      const after = await assess(campaignId, n, admins[n], tiers(n, true));
      if (n === 0) [baselineOfA, assessmentOfA] = [before, after];
    }
    expect(
      (
        await p.call('POST', `assessments/${assessmentOfA}/review`, {
          token: organiser,
          body: { comment: 'ok' },
        })
      ).status,
    ).toBe(200);
    const item = await p.call('POST', `agencies/${agencies[0]}/roadmap/items`, {
      token: adminA,
      body: {
        title: 'Central log collection',
        subcategoryIds: ['DE.CM-01'],
        ownerSub: 'docs-a-member',
        priority: 'P1',
        effort: 'M',
        startsOn: isoDay(-20),
        dueOn: isoDay(-2),
        milestones: [{ title: 'Sensors installed', dueOn: isoDay(-5) }],
      },
    });
    expect(item.status).toBe(201);
    // The exchange's practices and the sessions reach maturity as events (their projections are
    // tested with the events); here the projections are filled as those events would fill them.
    await p.query(
      'maturity',
      `INSERT INTO projected_practices (practice_id, title, framework_refs, subcategory_ids, tlp, recipient_subs, published, version, updated_at)
       VALUES ($1, $2, '{DE.CM}', '{DE.CM-01}', 'TLP:CLEAR', '{}', true, 1, now()),
              ($3, $4, '{DE.CM}', '{DE.CM-01}', 'TLP:RED', '{docs-a-admin}', true, 1, now())`,
      [randomUUID(), CLEAR_TITLE, randomUUID(), RED_TITLE],
    );
    await p.query(
      'maturity',
      `INSERT INTO projected_practice_adoptions (practice_id, agency_id)
       SELECT practice_id, unnest($1::uuid[]) FROM projected_practices WHERE title = $2`,
      [[agencies[1], agencies[2]], CLEAR_TITLE],
    );
    await p.query(
      'maturity',
      `INSERT INTO projected_sessions (session_id, title, status, starts_at, version) VALUES ($1, 'Monitoring workshop', 'COMPLETED', now() - interval '3 days', 3)`,
      [sessionId],
    );
    await p.query(
      'maturity',
      `INSERT INTO projected_session_coverage (session_id, source_id, subcategory_ids, version) VALUES ($1, 'agenda:1', '{GV.OC-01,DE.CM-01}', 3)`,
      [sessionId],
    );
    await p.query(
      'maturity',
      `INSERT INTO projected_session_attendance (session_id, agency_id) VALUES ($1, $2)`,
      [sessionId, agencies[0]],
    );
  });

  afterAll(async () => {
    await p?.stop();
  });

  describe('the profile', () => {
    it('says, on every page under the highest marking, what the JSON profile and recommendations say to the same reader', async () => {
      const pdf = await download(`assessments/${assessmentOfA}/profile.pdf`, adminA);
      expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
      const pages = await pdfPages(pdf.bytes);
      // A practice marked RED is in it, so the whole document is RED: first and last line of every page.
      for (const page of pages) {
        expect(page.lines[0]).toBe('TLP:RED');
        expect(page.lines.at(-1)!.endsWith('TLP:RED')).toBe(true);
      }
      const text = flat(pages);
      const profile = await json(`assessments/${assessmentOfA}/profile`, adminA);
      const recommendations = await json(
        `agencies/${agencies[0]}/recommendations?assessmentId=${assessmentOfA}`,
        adminA,
      );
      for (const fact of [
        'Provincial Revenue Authority',
        'Documents follow-up',
        'NIST Cybersecurity Framework 2.0',
        'Submitted by docs-a-admin',
        'Reviewed by org-docs',
        `Overall current tier ${two(profile.overall.current)}`,
        `Overall target tier ${two(profile.overall.target)}`,
        'Sensors installed',
        'OVERDUE',
      ])
        expect(text).toContain(fact);
      for (const fn of profile.functions)
        expect(text).toContain(
          `${fn.name} (${fn.id}) ${two(fn.current)} ${two(fn.target)} ${two(fn.gap)} ${fn.answered}`,
        );
      for (const gap of profile.gaps.slice(0, 10)) expect(text).toContain(gap.subcategoryId);
      expect(recommendations.items.map((r: { title: string }) => r.title).sort()).toEqual(
        [CLEAR_TITLE, RED_TITLE].sort(),
      );
      for (const r of recommendations.items)
        expect(text).toContain(`${r.adoptions} ${r.adoptions === 1 ? 'agency' : 'agencies'}`);
      expect(text).toContain(RED_TITLE);
    });

    it('leaves out, without a trace, a practice the reader is outside the audience of', async () => {
      const pdf = await download(`assessments/${assessmentOfA}/profile.pdf`, memberA);
      expect(pdf.status).toBe(200);
      const pages = await pdfPages(pdf.bytes);
      const text = flat(pages);
      const recommendations = await json(
        `agencies/${agencies[0]}/recommendations?assessmentId=${assessmentOfA}`,
        memberA,
      );
      expect(recommendations.items.map((r: { title: string }) => r.title)).toEqual([CLEAR_TITLE]);
      const [red] = await p.query(
        'maturity',
        `SELECT practice_id AS id FROM projected_practices WHERE title = $1`,
        [RED_TITLE],
      );
      expect(text).toContain(CLEAR_TITLE);
      for (const trace of [RED_TITLE, 'Red-team', red.id, 'TLP:RED']) expect(text).not.toContain(trace);
      expect(pdf.bytes.includes(Buffer.from('Red-team'))).toBe(false);
      // The assessment's own marking is the floor.
      for (const page of pages) expect(page.lines[0]).toBe('TLP:AMBER+STRICT');
    });

    it('serves the PDF to Accept: application/pdf on the profile, and JSON otherwise', async () => {
      const pdf = await download(`assessments/${assessmentOfA}/profile`, memberA, 'application/pdf');
      expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
      expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const plain = await download(`assessments/${assessmentOfA}/profile`, memberA);
      expect(plain.type).toContain('application/json');
    });

    it('adds what improved and regressed against a previous assessment, as the diff says', async () => {
      const pdf = await download(`assessments/${assessmentOfA}/profile.pdf?against=${baselineOfA}`, memberA);
      const diff = await json(`assessments/${assessmentOfA}/diff?against=${baselineOfA}`, memberA);
      const s = diff.summary;
      expect(flat(await pdfPages(pdf.bytes))).toContain(
        `Since Documents baseline ${s.improved} subcategories improved, ${s.regressed} regressed, ${s.unchanged} unchanged, ${s.notComparable} not comparable.`,
      );
    });

    it('gives the editable .docx with the same content, marked in every header and footer', async () => {
      const docx = await download(`assessments/${assessmentOfA}/profile.docx`, memberA);
      expect(docx).toMatchObject({
        status: 200,
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
      const parts = await docxParts(docx.bytes);
      const body = docxText(parts.get('word/document.xml')!);
      for (const fact of [
        'Provincial Revenue Authority',
        'Documents follow-up',
        CLEAR_TITLE,
        'Sensors installed',
      ])
        expect(body).toContain(fact);
      expect(body).not.toContain(RED_TITLE);
      expect(docxText(parts.get('word/header1.xml')!)).toContain('TLP:AMBER+STRICT');
      expect(docxText(parts.get('word/footer1.xml')!)).toContain('TLP:AMBER+STRICT');
    });

    it('draws the radar as accessible SVG with the JSON profile’s six functions', async () => {
      const svg = await download(`assessments/${assessmentOfA}/profile.svg`, memberA);
      expect(svg).toMatchObject({ status: 200, type: 'image/svg+xml; charset=utf-8' });
      const root = svgRoot(svg.bytes.toString());
      const profile = await json(`assessments/${assessmentOfA}/profile`, memberA);
      expect(root.role).toBe('img');
      expect(root.title['#text']).toContain('Provincial Revenue Authority');
      for (const fn of profile.functions) {
        expect(svgTexts(root)).toContain(`${fn.name} (${fn.id})`);
        expect(root.desc['#text']).toContain(
          `${fn.id} ${fn.name}: current ${fn.current === null ? 'not answered' : two(fn.current)}`,
        );
      }
    });

    it('does not exist for a reader who may not read the assessment', async () => {
      for (const format of ['pdf', 'docx', 'svg']) {
        expect((await download(`assessments/${assessmentOfA}/profile.${format}`, outsider)).status).toBe(404);
        expect((await download(`assessments/${assessmentOfA}/profile.${format}`)).status).toBe(401);
      }
      expect(
        (await download(`assessments/${assessmentOfA}/profile.pdf?against=${randomUUID()}`, memberA)).status,
      ).toBe(404);
    });
  });

  describe('report charts', () => {
    it('draws the maturity report’s groups exactly, for organisers and (anonymised) for agency members', async () => {
      for (const token of [organiser, memberA]) {
        for (const groupBy of ['function', 'sector']) {
          const query = `campaignId=${campaignId}&groupBy=${groupBy}`;
          const report = await json(`reports/maturity?${query}`, token);
          const svg = await download(`reports/maturity.svg?${query}`, token);
          expect(svg.status).toBe(200);
          const root = svgRoot(svg.bytes.toString());
          for (const g of report.groups) {
            expect(svgTexts(root)).toContain(g.suppressed ? `${g.key} (hidden)` : `${g.key} (${g.agencies})`);
            if (!g.suppressed)
              expect(root.desc['#text']).toContain(
                `${g.key}, ${g.agencies} agencies: current ${two(g.current)}`,
              );
          }
        }
      }
      expect((await download(`reports/maturity.svg?campaignId=${campaignId}`, outsider)).status).toBe(404);
    });

    it('draws the impact report for organisers only', async () => {
      const query = `sessionId=${sessionId}&campaignId=${campaignId}&baselineCampaignId=${baselineId}`;
      const report = await json(`reports/impact?${query}`, organiser);
      const svg = await download(`reports/impact.svg?${query}`, organiser);
      expect(svg.status).toBe(200);
      const texts = svgTexts(svgRoot(svg.bytes.toString()));
      const { attended, notAttended } = report.overall;
      expect(texts).toContain(`${two(attended.meanChange)} (n=${attended.agencies})`);
      expect(texts).toContain(`${two(notAttended.meanChange)} (n=${notAttended.agencies})`);
      expect((await download(`reports/impact.svg?${query}`, adminA)).status).toBe(403);
    });
  });

  describe('the programme report', () => {
    const period = `from=${isoDay(-30)}&to=${isoDay(0)}`;

    it('tells organisers the programme’s picture, with the maturity report’s numbers', async () => {
      const pdf = await download(
        `reports/programme.pdf?${period}&campaignId=${campaignId}&baselineCampaignId=${baselineId}`,
        organiser,
      );
      expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' });
      const pages = await pdfPages(pdf.bytes);
      const marking = pages[0].lines[0];
      expect(marking).toMatch(/^TLP:AMBER(\+STRICT)?$/);
      for (const page of pages) {
        expect(page.lines[0]).toBe(marking);
        expect(page.lines.at(-1)!.endsWith(marking)).toBe(true);
      }
      const text = flat(pages);
      const now = await json(`reports/maturity?campaignId=${campaignId}&groupBy=function`, organiser);
      const then = await json(`reports/maturity?campaignId=${baselineId}&groupBy=function`, organiser);
      expect(text).toContain('1 session was completed in the period.');
      expect(text).toContain('Monitoring workshop');
      for (const g of now.groups) {
        const before = then.groups.find((b: { key: string }) => b.key === g.key);
        expect(text).toContain(`${g.key} ${two(before.current)} ${two(g.current)}`);
      }
      const behind = [...now.agencies].sort((a, b) => b.gap - a.gap)[0];
      expect(text).toContain(
        `${behind.name} ${behind.acronym} ${behind.tier} ${behind.sector} ${two(behind.current)} ${two(behind.target)} ${two(behind.gap)}`,
      );
      expect(text).toContain(CLEAR_TITLE);
      expect(text).not.toContain(RED_TITLE);
      expect(text).toContain('Attendance is not random');
    });

    it('is for organisers and platform-admins, over a period that ends after it starts', async () => {
      const query = `${period}&campaignId=${campaignId}`;
      expect((await download(`reports/programme.pdf?${query}`, adminA)).status).toBe(403);
      const inverted = await p.call(
        'GET',
        `reports/programme.pdf?from=${isoDay(0)}&to=${isoDay(-1)}&campaignId=${campaignId}`,
        {
          token: organiser,
        },
      );
      expect(inverted).toMatchObject({ status: 422, body: { code: 'DOCUMENT.PERIOD_INVALID' } });
      expect(
        (
          await p.call(
            'GET',
            `reports/programme.pdf?from=yesterday&to=${isoDay(0)}&campaignId=${campaignId}`,
            { token: organiser },
          )
        ).status,
      ).toBe(400);
    });
  });
});
