import { randomUUID } from 'node:crypto';
import { everyone, type MatrixContext, type PrincipalName, type RouteCase } from './types';

/** Ids the exchange rows name; `seedExchangeMatrix` fills them through the API. */
let published: string = randomUUID();
let draftToWithdraw: string = randomUUID();
let commentOfB: string = randomUUID();

type Outcomes = Record<PrincipalName, 'allowed' | 401 | 403>;

/** Public reads: anyone (the read rule decides what exists); an unknown API key is refused. */
const readers = everyone('allowed', { integrationKey: 401 });
const signedIn = everyone('allowed', { anonymous: 401, integrationKey: 401 });
/** Members of agency A write its practices; other readers get the practice's own 403. */
const ownersOfA: Outcomes = everyone(403, {
  anonymous: 401,
  integrationKey: 401,
  memberOfA: 'allowed',
  adminOfA: 'allowed',
});
const operatorsOnly: Outcomes = everyone(403, {
  anonymous: 401,
  integrationKey: 401,
  organiser: 'allowed',
  platformAdmin: 'allowed',
});
/** Only its author (member B) edits the comment; only they and the operators remove it. */
const authorOfComment: Outcomes = { ...ownersOfA, memberOfA: 403, adminOfA: 403, memberOfB: 'allowed' };

/** Evaluated when the row runs, after seeding. */
const onPublished = () => () => ({ id: published });

const practiceBody = (agencyA: string) => ({
  agencyId: agencyA,
  title: 'Matrix practice',
  summary: 'A practice the authorisation matrix uses',
  body: 'Steps.',
  tags: ['matrix'],
  sectors: ['OTHER'],
  frameworkRefs: ['GV.OC'],
  tlp: 'TLP:GREEN',
});

/** Every exchange route × every kind of caller. */
export const EXCHANGE_MATRIX: Record<string, RouteCase> = {
  'POST practices': { body: practiceBody, expect: ownersOfA },
  'GET practices': { expect: readers },
  'GET practices/:id': { params: onPublished(), expect: readers },
  'PATCH practices/:id': {
    params: onPublished(),
    body: () => ({ summary: 'A practice the matrix revised' }),
    expect: ownersOfA,
  },
  'POST practices/:id/submit': { params: onPublished(), expect: ownersOfA },
  // A draft exists only for agency A: anyone else is answered 404 by the handler, not refused.
  'POST practices/:id/withdraw': {
    params: () => ({ id: draftToWithdraw }),
    expect: everyone('allowed', { anonymous: 401, integrationKey: 401 }),
  },
  'POST practices/:id/approve': { params: onPublished(), expect: operatorsOnly },
  'POST practices/:id/reject': {
    params: onPublished(),
    body: () => ({ reason: 'Matrix rejection' }),
    expect: operatorsOnly,
  },
  'GET practices/:id/revisions': { params: onPublished(), expect: readers },
  'GET practices/:id/comments': { params: onPublished(), expect: readers },
  'POST practices/:id/comments': {
    params: onPublished(),
    body: () => ({ body: 'A matrix comment' }),
    expect: signedIn,
  },
  'PATCH practices/:id/comments/:commentId': {
    params: () => ({ id: published, commentId: commentOfB }),
    body: () => ({ body: 'An edited matrix comment' }),
    expect: authorOfComment,
  },
  'DELETE practices/:id/comments/:commentId': {
    params: () => ({ id: published, commentId: commentOfB }),
    expect: { ...authorOfComment, organiser: 'allowed', platformAdmin: 'allowed' },
  },
  'GET practices/:id/endorsements': { params: onPublished(), expect: readers },
  // The policy reads the agency from the body (agency A): only its members pass.
  'POST practices/:id/endorsements': {
    params: onPublished(),
    body: (agencyA) => ({ agencyId: agencyA }),
    expect: ownersOfA,
  },
};

/** A published TLP:GREEN practice of agency A with a comment by member B, and a draft of A. */
export async function seedExchangeMatrix(ctx: MatrixContext): Promise<void> {
  const call = async (as: PrincipalName, method: string, path: string, body?: unknown) => {
    const response = await fetch(`${ctx.baseUrl}/api/v1/${path}`, {
      method,
      headers: { ...ctx.headers[as], ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const answer = (await response.json()) as { id: string };
    if (response.status >= 300)
      throw new Error(`seeding ${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
    return answer;
  };
  published = (await call('memberOfA', 'POST', 'practices', practiceBody(ctx.agencyA))).id;
  await call('memberOfA', 'POST', `practices/${published}/submit`);
  await call('organiser', 'POST', `practices/${published}/approve`);
  commentOfB = (await call('memberOfB', 'POST', `practices/${published}/comments`, { body: 'From B' })).id;
  draftToWithdraw = (await call('memberOfA', 'POST', 'practices', practiceBody(ctx.agencyA))).id;
}
