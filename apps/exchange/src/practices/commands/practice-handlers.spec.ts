import { AGENCY_A, AGENCY_B, inMemoryExchange, person } from '../../../test/in-memory-exchange.fixture';
import {
  SessionDirectory,
  type KnownSessionStatus,
} from '../../session-directory/domain/session-directory.port';
import type { PracticeDraft } from '../domain/practice.aggregate';
import { ApprovePracticeHandler } from './approve-practice/approve-practice.handler';
import { ApprovePracticeCommand } from './approve-practice/approve-practice.command';
import { CreatePracticeCommand } from './create-practice/create-practice.command';
import { CreatePracticeHandler } from './create-practice/create-practice.handler';
import { RejectPracticeCommand } from './reject-practice/reject-practice.command';
import { RejectPracticeHandler } from './reject-practice/reject-practice.handler';
import { RevisePracticeCommand } from './revise-practice/revise-practice.command';
import { RevisePracticeHandler } from './revise-practice/revise-practice.handler';
import { SubmitPracticeCommand } from './submit-practice/submit-practice.command';
import { SubmitPracticeHandler } from './submit-practice/submit-practice.handler';
import { WithdrawPracticeCommand } from './withdraw-practice/withdraw-practice.command';
import { WithdrawPracticeHandler } from './withdraw-practice/withdraw-practice.handler';

const author = person('author', [[AGENCY_A, 'member']]);
const organiser = person('organiser', [], ['organiser']);
const outsider = person('outsider', [[AGENCY_B, 'member']]);
/** An organiser who is also a member of agency A, and a colleague organiser of the same agency. */
const organiserOfA = person('organiser-a', [[AGENCY_A, 'member']], ['organiser']);
const colleagueOrganiserOfA = person('organiser-a2', [[AGENCY_A, 'member']], ['organiser']);

/** The exchange's projection of sessions, as a map (the sessions it has heard of). */
class InMemorySessionDirectory extends SessionDirectory {
  readonly statuses = new Map<string, KnownSessionStatus>();

  async statusOf(sessionId: string): Promise<KnownSessionStatus | null> {
    return this.statuses.get(sessionId) ?? null;
  }
}

const SCHEDULED_SESSION = 'aaaaaaaa-0000-4000-8000-000000000001';
const COMPLETED_SESSION = 'aaaaaaaa-0000-4000-8000-000000000002';
const CANCELLED_SESSION = 'aaaaaaaa-0000-4000-8000-000000000003';
const UNKNOWN_SESSION = 'aaaaaaaa-0000-4000-8000-000000000004';

const draft = (overrides: Partial<PracticeDraft> = {}): PracticeDraft => ({
  ownerAgencyId: AGENCY_A,
  title: 'Phishing-resistant MFA',
  summary: 'FIDO2 keys for all staff in six weeks',
  body: 'Steps.',
  tags: ['mfa'],
  sectors: ['HEALTH'],
  frameworkRefs: ['PR.AA-03'],
  tlp: 'TLP:GREEN',
  sharedWithAgencyIds: [],
  recipientSubs: [],
  ...overrides,
});

describe('practice command handlers (in-memory ports)', () => {
  const setUp = () => {
    const ports = inMemoryExchange();
    const { unitOfWork, practices, endorsements, clock } = ports;
    const sessions = new InMemorySessionDirectory();
    sessions.statuses.set(SCHEDULED_SESSION, 'SCHEDULED');
    sessions.statuses.set(COMPLETED_SESSION, 'COMPLETED');
    sessions.statuses.set(CANCELLED_SESSION, 'CANCELLED');
    return {
      ...ports,
      sessions,
      create: (d = draft()) =>
        new CreatePracticeHandler(unitOfWork, practices, sessions, clock).execute(
          new CreatePracticeCommand(d, author),
        ),
      submit: (id: string, actor = author) =>
        new SubmitPracticeHandler(unitOfWork, practices, endorsements, clock).execute(
          new SubmitPracticeCommand(id, undefined, actor),
        ),
      approve: (id: string, actor = organiser) =>
        new ApprovePracticeHandler(unitOfWork, practices, endorsements, clock).execute(
          new ApprovePracticeCommand(id, undefined, actor),
        ),
      reject: (id: string, reason: string, actor = organiser) =>
        new RejectPracticeHandler(unitOfWork, practices, endorsements, clock).execute(
          new RejectPracticeCommand(id, reason, undefined, actor),
        ),
      revise: (id: string, changes: object, expected?: number[], actor = author) =>
        new RevisePracticeHandler(unitOfWork, practices, endorsements, clock).execute(
          new RevisePracticeCommand(id, changes, expected, actor),
        ),
      withdraw: (id: string) =>
        new WithdrawPracticeHandler(unitOfWork, practices, endorsements, clock).execute(
          new WithdrawPracticeCommand(id, undefined, author),
        ),
    };
  };
  const types = (published: Array<{ type: string }>) => published.map((e) => e.type);

  it('CreatePractice_StoresADraftWithRevisionOne_AndPublishesNothing', async () => {
    const t = setUp();
    const { body } = await t.create();
    expect(body).toMatchObject({ status: 'DRAFT', version: 1, revisionCount: 1 });
    expect(t.practices.revisions.get(body.id)?.map((r) => r.kind)).toEqual(['CREATED']);
    expect(t.unitOfWork.published).toEqual([]);
  });

  it('CreatePractice_LinksToAScheduledOrCompletedSession', async () => {
    const t = setUp();
    for (const sessionId of [SCHEDULED_SESSION, COMPLETED_SESSION]) {
      const { body } = await t.create(draft({ sessionId }));
      expect(body.sessionId).toBe(sessionId);
    }
  });

  it('CreatePractice_WithASessionTheExchangeDoesNotKnow_IsRefused_UnknownYet_AndStoresNothing', async () => {
    const t = setUp();
    await expect(t.create(draft({ sessionId: UNKNOWN_SESSION }))).rejects.toMatchObject({
      code: 'PRACTICE.UNKNOWN_SESSION',
      message: expect.stringMatching(/not known to the exchange yet/),
    });
    expect(t.practices.rows.size).toBe(0);
  });

  it('CreatePractice_WithADraftSession_IsRefusedAsUnknown (drafts are never published)', async () => {
    const t = setUp();
    t.sessions.statuses.set(UNKNOWN_SESSION, 'DRAFT');
    await expect(t.create(draft({ sessionId: UNKNOWN_SESSION }))).rejects.toMatchObject({
      code: 'PRACTICE.UNKNOWN_SESSION',
    });
  });

  it('CreatePractice_WithACancelledSession_IsRefused_AndStoresNothing', async () => {
    const t = setUp();
    await expect(t.create(draft({ sessionId: CANCELLED_SESSION }))).rejects.toMatchObject({
      code: 'PRACTICE.SESSION_CANCELLED',
    });
    expect(t.practices.rows.size).toBe(0);
  });

  it('CreatePractice_WithoutASession_DoesNotAskTheDirectory', async () => {
    const t = setUp();
    const statusOf = jest.spyOn(t.sessions, 'statusOf');
    const { body } = await t.create(draft({ sessionId: null }));
    expect(body.sessionId).toBeNull();
    expect(statusOf).not.toHaveBeenCalled();
  });

  it('SubmitThenApprove_PublishesSubmittedThenPublished_KeyedByThePractice', async () => {
    const t = setUp();
    const { body } = await t.create();
    await t.submit(body.id);
    const approved = await t.approve(body.id);
    expect(approved.status).toBe('PUBLISHED');
    expect(t.unitOfWork.published.map((e) => [e.type, e.key])).toEqual([
      ['csg.exchange.practice.submitted.v1', body.id],
      ['csg.exchange.practice.published.v1', body.id],
    ]);
    expect(t.unitOfWork.published[1].data).toMatchObject({
      tlp: 'TLP:GREEN',
      title: 'Phishing-resistant MFA',
    });
  });

  it('SubmitARedDraft_PublishesAtOnceWithIdsOnly', async () => {
    const t = setUp();
    const { body } = await t.create(draft({ tlp: 'TLP:RED', recipientSubs: ['outsider'] }));
    await t.submit(body.id);
    const [published] = t.unitOfWork.published;
    expect(published.type).toBe('csg.exchange.practice.published.v1');
    expect(published.data).toMatchObject({
      tlp: 'TLP:RED',
      recipientSubs: ['outsider'],
      frameworkRefs: ['PR.AA-03'],
    });
    expect(published.data).not.toHaveProperty('title');
  });

  it('ReviseAPublishedPractice_PublishesRevised; a widening says it is pending', async () => {
    const t = setUp();
    const { body } = await t.create(draft({ tlp: 'TLP:AMBER+STRICT' }));
    await t.submit(body.id);
    await t.approve(body.id);
    const revised = await t.revise(body.id, { tlp: 'TLP:GREEN' });
    expect(revised).toMatchObject({ tlp: 'TLP:AMBER+STRICT', pendingTlp: 'TLP:GREEN' });
    const last = t.unitOfWork.published.at(-1)!;
    expect(last).toMatchObject({
      type: 'csg.exchange.practice.revised.v1',
      data: {
        tlp: 'TLP:AMBER+STRICT',
        markingChangePending: true,
        changedFields: ['marking'],
        revisionNumber: 2,
      },
    });
  });

  it('ReviseWithAStaleVersion_IsRefused_AndPublishesNothing', async () => {
    const t = setUp();
    const { body } = await t.create();
    await expect(t.revise(body.id, { title: 'Again' }, [7])).rejects.toMatchObject({
      code: 'PRACTICE.VERSION_MISMATCH',
    });
    expect(t.unitOfWork.published).toEqual([]);
  });

  it('RejectASubmission_PublishesRejectedWithTheReason', async () => {
    const t = setUp();
    const { body } = await t.create();
    await t.submit(body.id);
    await t.reject(body.id, 'Add the costs');
    expect(t.unitOfWork.published.at(-1)).toMatchObject({
      type: 'csg.exchange.practice.rejected.v1',
      data: { scope: 'SUBMISSION', reason: 'Add the costs' },
    });
  });

  it('Withdraw_PublishesWithdrawn; an outsider cannot find a draft', async () => {
    const t = setUp();
    const { body } = await t.create();
    await expect(t.submit(body.id, outsider)).rejects.toMatchObject({ code: 'PRACTICE.NOT_FOUND' });
    await t.withdraw(body.id);
    expect(types(t.unitOfWork.published)).toEqual(['csg.exchange.practice.withdrawn.v1']);
  });

  it('ApproveOwnPractice_AsAnOrganiserOfTheAgency_IsForbidden_StoresAndPublishesNothing', async () => {
    const t = setUp();
    const { body } = await t.create();
    await t.submit(body.id, organiserOfA);
    const before = t.practices.rows.get(body.id);
    const published = t.unitOfWork.published.length;
    await expect(t.approve(body.id, organiserOfA)).rejects.toMatchObject({
      code: 'PRACTICE.REVIEWER_IS_AN_AUTHOR',
    });
    await expect(t.reject(body.id, 'Mine, so no', organiserOfA)).rejects.toMatchObject({
      code: 'PRACTICE.REVIEWER_IS_AN_AUTHOR',
    });
    expect(t.practices.rows.get(body.id)).toEqual(before);
    expect(t.unitOfWork.published).toHaveLength(published);
    expect((await t.approve(body.id, colleagueOrganiserOfA)).status).toBe('PUBLISHED');
  });

  it('ReviseAPublishedPractice_KeepsThePublishedContent_AndItsEventSaysPendingWithThePublishedContent', async () => {
    const t = setUp();
    const { body } = await t.create();
    await t.submit(body.id);
    await t.approve(body.id);
    const revised = await t.revise(body.id, { title: 'MFA, a year on' });
    expect(revised).toMatchObject({
      status: 'PUBLISHED',
      title: 'Phishing-resistant MFA',
      pendingRevision: { number: 2, status: 'DRAFT', title: 'MFA, a year on' },
    });
    expect(t.practices.revisions.get(body.id)?.map((r) => [r.kind, r.proposal])).toEqual([
      ['CREATED', false],
      ['REVISED', true],
    ]);
    expect(t.unitOfWork.published.at(-1)).toMatchObject({
      type: 'csg.exchange.practice.revised.v1',
      data: {
        pendingRevision: true,
        publishedRevisionNumber: 1,
        revisionNumber: 2,
        changedFields: ['title'],
        title: 'Phishing-resistant MFA',
      },
    });
    expect(JSON.stringify(t.unitOfWork.published.at(-1))).not.toContain('a year on');
  });

  it('SubmitThenApproveAPendingRevision_PublishesTheNewContent_OnlyThen', async () => {
    const t = setUp();
    const { body } = await t.create();
    await t.submit(body.id);
    await t.approve(body.id);
    await t.revise(body.id, { title: 'MFA, a year on' });
    await t.submit(body.id);
    expect(t.unitOfWork.published.at(-1)).toMatchObject({
      type: 'csg.exchange.practice.submitted.v1',
      data: { pendingRevision: true, revisionNumber: 2, publishedRevisionNumber: 1, status: 'PUBLISHED' },
    });
    const seenByOrganiser = await t.approve(body.id);
    expect(seenByOrganiser.title).toBe('MFA, a year on');
    expect(seenByOrganiser).not.toHaveProperty('pendingRevision');
    expect(t.unitOfWork.published.at(-1)).toMatchObject({
      type: 'csg.exchange.practice.published.v1',
      data: { title: 'MFA, a year on', publishedRevisionNumber: 3, replacesRevisionNumber: 1 },
    });
    expect(t.unitOfWork.published.at(-1)?.data).not.toHaveProperty('pendingRevision');
  });

  it('RejectAPendingRevision_PublishesRejectedForThePendingRevision_AndKeepsThePublishedContent', async () => {
    const t = setUp();
    const { body } = await t.create();
    await t.submit(body.id);
    await t.approve(body.id);
    await t.revise(body.id, { title: 'MFA, half done' });
    await t.submit(body.id);
    const rejected = await t.reject(body.id, 'Not finished');
    expect(rejected).toMatchObject({ title: 'Phishing-resistant MFA', status: 'PUBLISHED' });
    expect(rejected).not.toHaveProperty('pendingRevision');
    expect(t.practices.rows.get(body.id)?.pendingRevision).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Not finished',
    });
    expect(t.unitOfWork.published.at(-1)).toMatchObject({
      type: 'csg.exchange.practice.rejected.v1',
      data: { scope: 'SUBMISSION', pendingRevision: true, revisionNumber: 2, reason: 'Not finished' },
    });
  });
});
