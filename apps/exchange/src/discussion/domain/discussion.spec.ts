import type { Principal } from '@csg/auth/principal';
import type { PracticeState } from '../../practices/domain/practice.aggregate';
import { Comment, COMMENT_EDIT_WINDOW_MS } from './comment.aggregate';
import { DiscussionRuleViolation } from './discussion.errors';
import { Endorsement } from './endorsement.aggregate';

/** The time every change in this file happens at. */
const now = new Date();

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const PRACTICE = '99999999-9999-4999-8999-999999999999';
/** What the discussion rules read of a practice (the rest of its state does not matter here). */
const practiceOf = (status: string, ownerAgencyId = A) =>
  ({ id: PRACTICE, status, ownerAgencyId }) as PracticeState;
const PUBLISHED = practiceOf('PUBLISHED');
const person = (sub: string, agencies: string[] = [], roles: string[] = []) =>
  ({
    kind: 'person',
    sub,
    name: `Person ${sub}`,
    platformRoles: roles,
    memberships: agencies.map((agencyId) => ({ agencyId, role: 'member', agencyStatus: 'ACTIVE' })),
  }) as Principal;
const alice = person('alice', [A]);
const bob = person('bob', [B]);
const organiser = person('org', [], ['organiser']);

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof DiscussionRuleViolation ? error.code : String(error);
  }
  return 'no error';
};

describe('Comments', () => {
  const t0 = new Date('2026-12-01T08:00:00Z');
  const top = () => Comment.post({ practice: PUBLISHED, body: ' We did this too ', parent: null }, alice, t0);

  it('Post_ATopLevelComment_RecordsCommentPostedWithThePractice', () => {
    const comment = top();
    expect(comment.pullRecordedEvents()).toEqual([
      expect.objectContaining({ comment: comment.snapshot(), practice: PUBLISHED }),
    ]);
  });

  it('Post_ATopLevelComment_KeepsItsAuthorAndTrimmedBody', () => {
    expect(top().snapshot()).toMatchObject({
      parentId: null,
      authorSub: 'alice',
      authorName: 'Person alice',
      body: 'We did this too',
    });
  });

  it('Reply_ToATopLevelComment_IsAccepted', () => {
    const parent = top().snapshot();
    const reply = Comment.post(
      {
        practice: PUBLISHED,
        body: 'How long did it take?',
        parentId: parent.id,
        parent: { ...parent, removed: false },
      },
      bob,
      now,
    );
    expect(reply.snapshot().parentId).toBe(parent.id);
  });

  it('Reply_ToAReply_IsTooDeep', () => {
    const parent = { id: 'r', practiceId: PRACTICE, parentId: 'top', removed: false };
    expect(
      codeOf(() => Comment.post({ practice: PUBLISHED, body: 'x', parentId: 'r', parent }, bob, now)),
    ).toBe('COMMENT.REPLY_TOO_DEEP');
  });

  it('Reply_ToACommentOfAnotherPracticeOrAMissingOne_HasNoParent', () => {
    const other = { id: 'o', practiceId: 'another', parentId: null, removed: false };
    expect(
      codeOf(() => Comment.post({ practice: PUBLISHED, body: 'x', parentId: 'o', parent: other }, bob, now)),
    ).toBe('COMMENT.PARENT_NOT_FOUND');
    expect(
      codeOf(() => Comment.post({ practice: PUBLISHED, body: 'x', parentId: 'o', parent: null }, bob, now)),
    ).toBe('COMMENT.PARENT_NOT_FOUND');
  });

  it('Edit_ByItsAuthorWithinFifteenMinutes_ChangesTheBody', () => {
    const comment = top();
    comment.edit('Edited', alice, new Date(t0.getTime() + COMMENT_EDIT_WINDOW_MS));
    expect(comment.snapshot()).toMatchObject({ body: 'Edited', version: 2 });
  });

  it('Edit_AfterFifteenMinutes_IsClosed', () => {
    expect(codeOf(() => top().edit('Late', alice, new Date(t0.getTime() + COMMENT_EDIT_WINDOW_MS + 1)))).toBe(
      'COMMENT.EDIT_WINDOW_CLOSED',
    );
  });

  it('Edit_BySomeoneElse_EvenAnOrganiser_IsRefused', () => {
    expect(codeOf(() => top().edit('Mine', organiser, t0))).toBe('COMMENT.NOT_AUTHOR');
  });

  it('Remove_ByTheAuthorOrAnOrganiser_ClearsTheBody', () => {
    const mine = top();
    mine.remove(alice, now);
    expect(mine.snapshot()).toMatchObject({ body: null });
    const moderated = top();
    moderated.remove(organiser, now);
    expect(moderated.snapshot().removedAt).toBeInstanceOf(Date);
    expect(codeOf(() => moderated.remove(organiser, now))).toBe('COMMENT.REMOVED');
  });

  it('Remove_BySomeoneElse_IsRefused', () => {
    expect(codeOf(() => top().remove(bob, now))).toBe('COMMENT.NOT_AUTHOR');
  });
});

describe('Endorsements', () => {
  const publishedOfA = PUBLISHED;

  it('Endorse_APublishedPracticeForMyAgency_RecordsTheNote', () => {
    const endorsement = Endorsement.record(
      { agencyId: B, note: ' Adopted in Q3 ' },
      publishedOfA,
      bob,
      2,
      now,
    );
    expect(endorsement.snapshot()).toMatchObject({
      practiceId: PRACTICE,
      agencyId: B,
      endorserSub: 'bob',
      note: 'Adopted in Q3',
    });
    const [endorsed] = endorsement.pullRecordedEvents();
    expect(endorsed).toMatchObject({ endorsementCount: 3, practice: publishedOfA });
  });

  it('Endorse_ForAnAgencyIAmNotAMemberOf_IsRefused', () => {
    expect(codeOf(() => Endorsement.record({ agencyId: B }, publishedOfA, alice, 0, now))).toBe(
      'ENDORSEMENT.NOT_MEMBER',
    );
  });

  it('Endorse_MyOwnAgencysPractice_IsRefused', () => {
    expect(codeOf(() => Endorsement.record({ agencyId: A }, publishedOfA, alice, 0, now))).toBe(
      'ENDORSEMENT.OWN_PRACTICE',
    );
  });

  it('Endorse_AnUnpublishedPractice_IsRefused', () => {
    expect(codeOf(() => Endorsement.record({ agencyId: B }, practiceOf('DRAFT'), bob, 0, now))).toBe(
      'ENDORSEMENT.PRACTICE_NOT_PUBLISHED',
    );
  });
});
