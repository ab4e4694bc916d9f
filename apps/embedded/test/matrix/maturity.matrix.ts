import { randomUUID } from 'node:crypto';
import { waitFor } from '@csg/testing/wait-for';
import { everyone, type MatrixContext, type RouteCase } from './types';

/** Ids the maturity rows name; `seedMaturityMatrix` fills them through the API. */
let campaign: string = randomUUID();
let campaignToClose: string = randomUUID();
let assessmentOfA: string = randomUUID();
let itemOfA: string = randomUUID();

const DAY = 86_400_000;
const campaignBody = () => ({
  name: `Matrix campaign ${randomUUID().slice(0, 8)}`,
  frameworkId: 'nist-csf-2.0',
  opensAt: new Date(Date.now() - DAY).toISOString(),
  closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
  audience: { kind: 'ALL', values: [] },
  targets: { default: 3 },
});
const catalog = () => ({
  catalog: {
    uuid: randomUUID(),
    metadata: { title: 'Matrix catalog', version: '1', 'oscal-version': '1.1.2' },
    groups: [{ id: 'g', title: 'Group', controls: [{ id: 'g-1', title: 'Control' }] }],
  },
});

const signedIn = everyone('allowed', { anonymous: 401, integrationKey: 401 });
const operatorsOnly = everyone(403, {
  anonymous: 401,
  integrationKey: 401,
  organiser: 'allowed',
  platformAdmin: 'allowed',
});
const platformAdminOnly = { ...operatorsOnly, organiser: 403 as const };
const adminOfAOnly = everyone(403, { anonymous: 401, integrationKey: 401, adminOfA: 'allowed' });
const operatorsAndMembersOfA = {
  ...operatorsOnly,
  adminOfA: 'allowed' as const,
  memberOfA: 'allowed' as const,
};
/**
 * Signed in to reach the handler, which decides: the agency's admins change it (200/409), other
 * readers of it are refused (403), anyone else does not see it (404, an allowed outcome here).
 */
const assessmentWriters = everyone('allowed', {
  anonymous: 401,
  integrationKey: 401,
  memberOfA: 403,
  organiser: 403,
  platformAdmin: 403,
});
const inCampaign = () => ({ id: campaign });
const inAssessment = () => ({ id: assessmentOfA });

/** Every maturity route × every kind of caller. */
export const MATURITY_MATRIX: Record<string, RouteCase> = {
  'GET frameworks': { expect: signedIn },
  'GET frameworks/:id': { params: () => ({ id: 'nist-csf-2.0' }), expect: signedIn },
  'POST frameworks/import': { body: catalog, expect: platformAdminOnly },
  'POST campaigns': { body: campaignBody, expect: operatorsOnly },
  'GET campaigns': { expect: signedIn },
  'GET campaigns/:id': { params: inCampaign, expect: signedIn },
  'POST campaigns/:id/close': { params: () => ({ id: campaignToClose }), expect: operatorsOnly },
  'GET campaigns/:id/progress': { params: inCampaign, expect: operatorsOnly },
  'POST agencies/:id/assessments': { body: () => ({ campaignId: campaign }), expect: adminOfAOnly },
  'GET agencies/:id/assessments': { expect: signedIn },
  'GET assessments/:id': { params: inAssessment, expect: signedIn },
  'PUT assessments/:id/answers': {
    params: inAssessment,
    body: () => ({ answers: [{ subcategoryId: 'GV.OC-01', current: 2 }] }),
    expect: assessmentWriters,
  },
  'POST assessments/:id/submit': { params: inAssessment, expect: assessmentWriters },
  'POST assessments/:id/review': { params: inAssessment, body: () => ({}), expect: operatorsOnly },
  'PUT assessments/:id/sharing': {
    params: inAssessment,
    body: () => ({ sharedWithAgencyIds: [] }),
    expect: assessmentWriters,
  },
  'GET assessments/:id/profile': { params: inAssessment, expect: signedIn },
  // The documents answer whoever may read the assessment (404 for others, an allowed outcome here).
  'GET assessments/:id/profile.pdf': { params: inAssessment, expect: signedIn },
  'GET assessments/:id/profile.docx': { params: inAssessment, expect: signedIn },
  'GET assessments/:id/profile.svg': { params: inAssessment, expect: signedIn },
  'GET assessments/:id/diff': { params: inAssessment, expect: signedIn },
  'POST assessments/:id/roadmap-draft': { params: inAssessment, expect: signedIn },
  'POST agencies/:id/roadmap/items': {
    body: () => ({
      title: 'Matrix item',
      subcategoryIds: ['GV.OC-01'],
      priority: 'P2',
      effort: 'S',
      dueOn: '2030-01-31',
    }),
    expect: adminOfAOnly,
  },
  // The item belongs to A and is owned by member-a: A's members may move it; B does not see it (404).
  'PATCH roadmap/items/:id': {
    params: () => ({ id: itemOfA }),
    body: () => ({ status: 'IN_PROGRESS' }),
    expect: signedIn,
  },
  'GET agencies/:id/roadmap': { expect: operatorsAndMembersOfA },
  'GET agencies/:id/roadmap.ics': { expect: operatorsAndMembersOfA },
  'GET agencies/:id/recommendations': { expect: operatorsAndMembersOfA },
  'GET reports/maturity': { expect: signedIn },
  'GET reports/impact': { expect: operatorsOnly },
  'GET reports/maturity.svg': { expect: signedIn },
  'GET reports/impact.svg': { expect: operatorsOnly },
  'GET reports/programme.pdf': { expect: operatorsOnly },
};

/** Seeds a campaign, A's assessment and roadmap item through the API, once maturity knows A's people. */
export async function seedMaturityMatrix(ctx: MatrixContext): Promise<void> {
  const send = async (method: string, path: string, as: Record<string, string>, body?: unknown) => {
    const response = await fetch(`${ctx.baseUrl}/api/v1/${path}`, {
      method,
      headers: { ...as, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  const created = async (method: string, path: string, as: Record<string, string>, body?: unknown) => {
    const answer = await send(method, path, as, body);
    if (answer.status >= 300)
      throw new Error(`seeding ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  campaign = (await created('POST', 'campaigns', ctx.headers.organiser, campaignBody())).id;
  campaignToClose = (await created('POST', 'campaigns', ctx.headers.organiser, campaignBody())).id;
  // The maturity service learns agencies and memberships from events: wait until A's admin may act.
  const started = await waitFor(
    async () => {
      const answer = await send('POST', `agencies/${ctx.agencyA}/assessments`, ctx.headers.adminOfA, {
        campaignId: campaign,
      });
      return answer.status === 201 ? answer.body : null;
    },
    { what: "maturity's projection of agency A's admin", timeoutMs: 30_000, intervalMs: 100 },
  );
  assessmentOfA = started.id;
  itemOfA = (
    await created('POST', `agencies/${ctx.agencyA}/roadmap/items`, ctx.headers.adminOfA, {
      title: 'Seeded item',
      subcategoryIds: ['GV.OC-01'],
      ownerSub: 'member-a',
      priority: 'P1',
      effort: 'M',
      dueOn: '2030-01-31',
    })
  ).id;
}
