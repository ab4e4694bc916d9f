import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { waitFor } from '@csg/testing/wait-for';
import { MaturityTestPlatform } from './maturity-platform.fixture';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as unknown;
const day = 86_400_000;

describe('maturity API: frameworks, campaigns and assessments through HTTP (embedded platform)', () => {
  let p: MaturityTestPlatform;
  let organiser: string;
  let admin: string;
  let adminA: string;
  let memberA: string;
  let adminB: string;
  let outsider: string;
  let agencyA: string;
  let agencyB: string;
  let campaignId: string;
  let assessmentId: string;

  beforeAll(async () => {
    p = await MaturityTestPlatform.start('maturity_api');
    organiser = await p.token('org-1', ['organiser']);
    admin = await p.token('padmin-1', ['platform-admin']);
    adminA = await p.token('a-admin');
    memberA = await p.token('a-member');
    adminB = await p.token('b-admin');
    outsider = await p.token('nobody');
    agencyA = await p.agencyWith(
      organiser,
      { name: 'Higher Education Commission', acronym: 'HEC', sector: 'EDUCATION' },
      [
        { sub: 'a-admin', role: 'agency-admin' },
        { sub: 'a-member', role: 'member' },
      ],
    );
    agencyB = await p.agencyWith(organiser, { name: 'National IT Board', acronym: 'NITB' }, [
      { sub: 'b-admin', role: 'agency-admin' },
    ]);
    // Tokens carry no memberships: the service reads them from its projection on every request.
  });

  afterAll(async () => {
    await p?.stop();
  });

  describe('frameworks', () => {
    it('lists the built-in NIST CSF 2.0 with its 106 subcategories', async () => {
      const list = await p.call('GET', 'frameworks', { token: memberA });
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({ id: 'nist-csf-2.0', subcategories: 106, source: 'BUILT_IN' }),
      ]);
      expect(list.body.nextCursor).toBeNull();
      const one = await p.call('GET', 'frameworks/nist-csf-2.0', { token: memberA });
      expect(one.body.functions.map((f: { id: string }) => f.id)).toEqual([
        'GV',
        'ID',
        'PR',
        'DE',
        'RS',
        'RC',
      ]);
    });

    it('imports NIST-shaped OSCAL as a platform-admin, adding official statements to the built-in framework', async () => {
      const imported = await p.call('POST', 'frameworks/import', {
        token: admin,
        body: fixture('csf-2.0-excerpt.oscal.json'),
      });
      expect(imported.status).toBe(200);
      expect(imported.body).toMatchObject({ frameworkId: 'nist-csf-2.0', enriched: 3, subcategories: 106 });
      const one = await p.call('GET', 'frameworks/nist-csf-2.0', { token: memberA });
      expect(one.body.functions[0].categories[0].subcategories[0]).toMatchObject({
        id: 'GV.OC-01',
        statement: 'Test statement of GV.OC-01',
      });
    });

    it('refuses an import that is not an OSCAL catalog with a problem document, and organisers may not import', async () => {
      const junk = await p.call('POST', 'frameworks/import', {
        token: admin,
        body: { catalog: { groups: 'nope' } },
      });
      expect(junk.status).toBe(422);
      expect(junk.headers.get('content-type')).toContain('application/problem+json');
      expect(junk.body).toMatchObject({ code: 'FRAMEWORK.NOT_OSCAL_CATALOG' });
      expect(junk.body.detail).toContain('$.catalog');
      expect(
        (
          await p.call('POST', 'frameworks/import', {
            token: organiser,
            body: fixture('small-catalog.oscal.json'),
          })
        ).status,
      ).toBe(403);
      expect((await p.call('GET', 'frameworks/no-such-framework', { token: memberA })).status).toBe(404);
    });
  });

  describe('campaigns', () => {
    it('organisers open a campaign; the audience sees it, others do not', async () => {
      const opened = await p.call('POST', 'campaigns', {
        token: organiser,
        headers: { 'idempotency-key': 'campaign-1' },
        body: {
          name: 'Baseline after session 8',
          frameworkId: 'nist-csf-2.0',
          opensAt: new Date(Date.now() - day).toISOString(),
          closesAt: new Date(Date.now() + 30 * day).toISOString(),
          audience: { kind: 'SECTORS', values: ['EDUCATION'] },
          targets: { default: 2, byFunction: { GV: 3 }, bySubcategory: { 'PR.AA-01': 4 } },
        },
      });
      expect(opened.status).toBe(201);
      expect(opened.headers.get('etag')).toBe('"1"');
      campaignId = opened.body.id;
      expect(opened.body).toMatchObject({
        status: 'OPEN',
        audience: { kind: 'SECTORS', values: ['EDUCATION'] },
      });
      const retry = await p.call('POST', 'campaigns', {
        token: organiser,
        headers: { 'idempotency-key': 'campaign-1' },
        body: {
          name: 'Baseline after session 8',
          frameworkId: 'nist-csf-2.0',
          opensAt: opened.body.opensAt,
          closesAt: opened.body.closesAt,
          audience: { kind: 'SECTORS', values: ['EDUCATION'] },
          targets: { default: 2, byFunction: { GV: 3 }, bySubcategory: { 'PR.AA-01': 4 } },
        },
      });
      expect(retry.status).toBe(201);
      expect(retry.body.id).toBe(campaignId);
      expect(
        (await p.call('GET', 'campaigns', { token: memberA })).body.items.map((c: { id: string }) => c.id),
      ).toEqual([campaignId]);
      expect((await p.call('GET', 'campaigns', { token: adminB })).body.items).toEqual([]);
      expect((await p.call('GET', `campaigns/${campaignId}`, { token: adminB })).status).toBe(404);
      expect((await p.call('GET', `campaigns/${campaignId}`, { token: memberA })).status).toBe(200);
    });

    it('refuses targets outside the framework, a bad audience, an inverted window and agency people', async () => {
      const base = {
        name: 'x campaign',
        frameworkId: 'nist-csf-2.0',
        opensAt: new Date(Date.now() - day).toISOString(),
        closesAt: new Date(Date.now() + day).toISOString(),
        audience: { kind: 'ALL' },
        targets: { default: 2 },
      };
      const bad = async (body: object) =>
        (await p.call('POST', 'campaigns', { token: organiser, body: { ...base, ...body } })).body.code;
      expect(await bad({ targets: { default: 2, bySubcategory: { 'XX.YY-01': 3 } } })).toBe(
        'CAMPAIGN.TARGETS_INVALID',
      );
      expect(await bad({ audience: { kind: 'TIERS', values: ['HEALTH'] } })).toBe(
        'CAMPAIGN.AUDIENCE_INVALID',
      );
      expect(await bad({ closesAt: base.opensAt })).toBe('CAMPAIGN.WINDOW_INVALID');
      expect(await bad({ frameworkId: 'unknown-framework' })).toBe('CAMPAIGN.FRAMEWORK_UNKNOWN');
      const unknownField = await p.call('POST', 'campaigns', {
        token: organiser,
        body: { ...base, agencyId: agencyA },
      });
      expect(unknownField.status).toBe(400);
      expect((await p.call('POST', 'campaigns', { token: adminA, body: base })).status).toBe(403);
    });
  });

  describe('assessments', () => {
    it("an agency's admins start its assessment once; members and agencies outside the audience cannot", async () => {
      const started = await p.call('POST', `agencies/${agencyA}/assessments`, {
        token: adminA,
        body: { campaignId },
      });
      expect(started.status).toBe(201);
      assessmentId = started.body.id;
      expect(started.body).toMatchObject({
        status: 'DRAFT',
        tlp: 'TLP:AMBER+STRICT',
        answered: 0,
        version: 1,
        answers: [],
      });
      const again = await p.call('POST', `agencies/${agencyA}/assessments`, {
        token: adminA,
        body: { campaignId },
      });
      expect(again).toMatchObject({ status: 409, body: { code: 'ASSESSMENT.ALREADY_EXISTS' } });
      expect(
        (await p.call('POST', `agencies/${agencyA}/assessments`, { token: memberA, body: { campaignId } }))
          .status,
      ).toBe(403);
      const notInAudience = await p.call('POST', `agencies/${agencyB}/assessments`, {
        token: adminB,
        body: { campaignId },
      });
      expect(notInAudience.body.code).toBe('ASSESSMENT.AGENCY_NOT_IN_AUDIENCE');
    });

    it('takes answers in bulk over If-Match, with campaign targets unless overridden with a reason', async () => {
      const put = await p.call('PUT', `assessments/${assessmentId}/answers`, {
        token: adminA,
        headers: { 'if-match': '"1"' },
        body: {
          answers: [
            { subcategoryId: 'GV.OC-01', current: 1 },
            { subcategoryId: 'GV.OC-02', current: 3 },
            { subcategoryId: 'PR.AA-01', current: 2 },
            { subcategoryId: 'DE.CM-01', current: 0, target: 3, targetReason: 'regulator asks for it' },
            { subcategoryId: 'RC.CO-03', current: 0, notApplicable: true },
          ],
        },
      });
      expect(put.status).toBe(200);
      expect(put.headers.get('etag')).toBe('"2"');
      expect(
        put.body.answers.map((a: { subcategoryId: string; target: number }) => [a.subcategoryId, a.target]),
      ).toEqual([
        ['GV.OC-01', 3],
        ['GV.OC-02', 3],
        ['PR.AA-01', 4],
        ['DE.CM-01', 3],
        ['RC.CO-03', 2],
      ]);
      const stale = await p.call('PUT', `assessments/${assessmentId}/answers`, {
        token: adminA,
        headers: { 'if-match': '"1"' },
        body: { answers: [{ subcategoryId: 'GV.OC-01', current: 2 }] },
      });
      expect(stale).toMatchObject({ status: 412, body: { code: 'ASSESSMENT.VERSION_MISMATCH' } });
      const invalid = await p.call('PUT', `assessments/${assessmentId}/answers`, {
        token: adminA,
        body: {
          answers: [
            { subcategoryId: 'XX.YY-01', current: 2 },
            { subcategoryId: 'GV.OC-01', current: 1, target: 4 },
          ],
        },
      });
      expect(invalid).toMatchObject({ status: 422, body: { code: 'ASSESSMENT.ANSWERS_INVALID' } });
      expect(invalid.body.detail).toContain('targetReason');
      const outOfRange = await p.call('PUT', `assessments/${assessmentId}/answers`, {
        token: adminA,
        body: { answers: [{ subcategoryId: 'GV.OC-01', current: 7 }] },
      });
      expect(outOfRange.status).toBe(400);
      expect(
        (
          await p.call('PUT', `assessments/${assessmentId}/answers`, {
            token: memberA,
            body: { answers: [] },
          })
        ).status,
      ).toBe(403);
      expect(
        (await p.call('PUT', `assessments/${assessmentId}/answers`, { token: adminB, body: { answers: [] } }))
          .status,
      ).toBe(404);
      expect((await p.call('GET', `assessments/${assessmentId}`, { token: memberA })).body.version).toBe(2);
    });

    it('emits profile.target-reached for a subcategory that meets its target, marked TLP:AMBER+STRICT', async () => {
      const events = await p.query(
        'maturity',
        `SELECT value FROM outbox WHERE event_type = 'csg.maturity.profile.target-reached.v1'`,
      );
      expect(events.map((e) => e.value)).toEqual([expect.stringContaining('GV.OC-02')]);
      expect(events[0].value).toContain('TLP:AMBER+STRICT');
    });

    it('computes the profile: means per category and function over answered and applicable, gaps in priority order', async () => {
      const profile = await p.call('GET', `assessments/${assessmentId}/profile`, { token: memberA });
      expect(profile.status).toBe(200);
      expect(profile.body.overall).toEqual({ current: 1.5, target: 3.25, gap: 1.75, answered: 4 });
      const gv = profile.body.functions.find((f: { id: string }) => f.id === 'GV');
      expect(gv).toMatchObject({ name: 'Govern', current: 2, target: 3, gap: 1, answered: 2 });
      expect(gv.categories.find((c: { id: string }) => c.id === 'GV.OC')).toMatchObject({
        current: 2,
        answered: 2,
      });
      expect(
        profile.body.gaps.map((g: { subcategoryId: string; priority: number }) => [
          g.subcategoryId,
          g.priority,
        ]),
      ).toEqual([
        ['DE.CM-01', 3],
        ['GV.OC-01', 3],
        ['PR.AA-01', 2.5],
      ]);
    });

    it('is readable by its agency, organisers and agencies it is shared with; 404 for anyone else', async () => {
      for (const token of [memberA, organiser, admin])
        expect((await p.call('GET', `assessments/${assessmentId}`, { token })).status).toBe(200);
      for (const token of [adminB, outsider]) {
        expect((await p.call('GET', `assessments/${assessmentId}`, { token })).status).toBe(404);
        expect((await p.call('GET', `assessments/${assessmentId}/profile`, { token })).status).toBe(404);
        expect((await p.call('GET', `agencies/${agencyA}/assessments`, { token })).body.items).toEqual([]);
      }
      const shared = await p.call('PUT', `assessments/${assessmentId}/sharing`, {
        token: adminA,
        body: { sharedWithAgencyIds: [agencyB] },
      });
      expect(shared).toMatchObject({
        status: 200,
        body: { tlp: 'TLP:AMBER', sharedWithAgencyIds: [agencyB] },
      });
      expect((await p.call('GET', `assessments/${assessmentId}`, { token: adminB })).status).toBe(200);
      expect(
        (await p.call('GET', `agencies/${agencyA}/assessments`, { token: adminB })).body.items,
      ).toHaveLength(1);
      expect((await p.call('GET', `assessments/${assessmentId}`, { token: outsider })).status).toBe(404);
      expect(
        (await p.call('PUT', `assessments/${assessmentId}/answers`, { token: adminB, body: { answers: [] } }))
          .status,
      ).toBe(403);
    });

    it('shares only with registered, verified agencies: an unknown or suspended one is a 422 SHARED_AGENCY_UNKNOWN and changes nothing', async () => {
      const suspended = await p.agencyWith(organiser, { name: 'Suspended Board', acronym: 'SUSB' }, []);
      expect((await p.call('POST', `agencies/${suspended}/suspend`, { token: organiser })).status).toBe(200);
      await waitFor(
        async () =>
          (
            await p.query('maturity', `SELECT status FROM agency_directory WHERE agency_id = $1`, [suspended])
          )[0]?.status === 'SUSPENDED',
        { what: "maturity's directory to learn of the suspension", timeoutMs: 20_000, intervalMs: 50 },
      );
      const before = (await p.call('GET', `assessments/${assessmentId}`, { token: adminA })).body;
      for (const stranger of [randomUUID(), suspended]) {
        const refused = await p.call('PUT', `assessments/${assessmentId}/sharing`, {
          token: adminA,
          body: { sharedWithAgencyIds: [agencyB, stranger] },
        });
        expect(refused).toMatchObject({ status: 422, body: { code: 'ASSESSMENT.SHARED_AGENCY_UNKNOWN' } });
      }
      expect((await p.call('GET', `assessments/${assessmentId}`, { token: adminA })).body).toEqual(before);
    });

    it('hides the assessment from every read path for readers outside its audience (TLP:AMBER+STRICT / AMBER)', async () => {
      const paths = [
        `assessments/${assessmentId}`,
        `assessments/${assessmentId}/profile`,
        `assessments/${assessmentId}/diff?against=${assessmentId}`,
      ];
      for (const path of paths) {
        expect({ path, status: (await p.call('GET', path, { token: outsider })).status }).toEqual({
          path,
          status: 404,
        });
      }
      expect(
        (await p.call('POST', `assessments/${assessmentId}/roadmap-draft`, { token: outsider })).status,
      ).toBe(404);
      expect(
        (await p.call('GET', `agencies/${agencyA}/assessments`, { token: outsider })).body.items,
      ).toEqual([]);
      expect((await p.call('GET', `agencies/${agencyA}/recommendations`, { token: outsider })).status).toBe(
        403,
      );
      expect((await p.call('GET', `agencies/${agencyA}/roadmap`, { token: outsider })).status).toBe(403);
      expect(
        (await p.call('GET', `reports/maturity?campaignId=${campaignId}`, { token: outsider })).status,
      ).toBe(404);
      const anonymous = await p.call('GET', `assessments/${assessmentId}`);
      expect(anonymous.status).toBe(401);
    });

    it('submits, then takes no more answers; organisers review; progress shows it', async () => {
      const submitted = await p.call('POST', `assessments/${assessmentId}/submit`, { token: adminA });
      expect(submitted).toMatchObject({ status: 200, body: { status: 'SUBMITTED', submittedBy: 'a-admin' } });
      const late = await p.call('PUT', `assessments/${assessmentId}/answers`, {
        token: adminA,
        body: { answers: [{ subcategoryId: 'GV.OC-01', current: 4 }] },
      });
      expect(late).toMatchObject({ status: 409, body: { code: 'ASSESSMENT.NOT_DRAFT' } });
      expect(
        (await p.call('POST', `assessments/${assessmentId}/review`, { token: adminA, body: {} })).status,
      ).toBe(403);
      const reviewed = await p.call('POST', `assessments/${assessmentId}/review`, {
        token: organiser,
        body: { comment: 'Good baseline' },
      });
      expect(reviewed).toMatchObject({
        status: 200,
        body: { status: 'REVIEWED', reviewComment: 'Good baseline' },
      });
      const progress = await p.call('GET', `campaigns/${campaignId}/progress`, { token: organiser });
      expect(progress.body.items).toEqual([
        expect.objectContaining({
          agencyId: agencyA,
          status: 'REVIEWED',
          answered: 5,
          subcategories: 106,
          answeredShare: 0.05,
        }),
      ]);
      expect((await p.call('GET', `campaigns/${campaignId}/progress`, { token: adminA })).status).toBe(403);
      const outbox = await p.query(
        'maturity',
        `SELECT event_type AS type FROM outbox WHERE event_type LIKE 'csg.maturity.assessment.%' ORDER BY 1`,
      );
      expect(outbox.map((r) => r.type)).toEqual([
        'csg.maturity.assessment.reviewed.v1',
        'csg.maturity.assessment.submitted.v1',
      ]);
    });

    it('carries answers forward into the next campaign and diffs the two', async () => {
      const next = await p.call('POST', 'campaigns', {
        token: organiser,
        body: {
          name: 'Follow-up',
          frameworkId: 'nist-csf-2.0',
          opensAt: new Date(Date.now() - day).toISOString(),
          closesAt: new Date(Date.now() + day).toISOString(),
          audience: { kind: 'AGENCIES', values: [agencyA] },
          targets: { default: 3 },
        },
      });
      const copy = await p.call('POST', `agencies/${agencyA}/assessments`, {
        token: adminA,
        body: { campaignId: next.body.id, copyFrom: assessmentId },
      });
      expect(copy).toMatchObject({ status: 201, body: { copiedFromId: assessmentId, answered: 5 } });
      await p.call('PUT', `assessments/${copy.body.id}/answers`, {
        token: adminA,
        body: {
          answers: [
            { subcategoryId: 'GV.OC-01', current: 3 },
            { subcategoryId: 'GV.OC-02', current: 2 },
          ],
        },
      });
      const diff = await p.call('GET', `assessments/${copy.body.id}/diff?against=${assessmentId}`, {
        token: memberA,
      });
      expect(diff.status).toBe(200);
      expect(diff.body.summary).toEqual({ improved: 1, regressed: 1, unchanged: 2, notComparable: 1 });
      expect(diff.body.changes[0]).toEqual({
        subcategoryId: 'DE.CM-01',
        change: 'UNCHANGED',
        current: 0,
        previous: 0,
        delta: 0,
      });
      const closed = await p.call('POST', `campaigns/${next.body.id}/close`, { token: organiser });
      expect(closed).toMatchObject({ status: 200, body: { status: 'CLOSED' } });
      expect((await p.call('POST', `campaigns/${next.body.id}/close`, { token: organiser })).status).toBe(
        409,
      );
      const frozen = await p.call('PUT', `assessments/${copy.body.id}/answers`, {
        token: adminA,
        body: { answers: [{ subcategoryId: 'GV.OC-01', current: 4 }] },
      });
      expect(frozen).toMatchObject({ status: 409, body: { code: 'ASSESSMENT.FROZEN' } });
    });
  });
});
