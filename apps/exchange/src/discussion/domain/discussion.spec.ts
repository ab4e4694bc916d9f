import type { Principal } from '@csg/auth/principal';
import { Comment, COMMENT_EDIT_WINDOW_MS } from './comment.aggregate';
import { DiscussionRuleViolation } from './discussion.errors';
import { Endorsement } from './endorsement.aggregate';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const PRACTICE = '99999999-9999-4999-8999-999999999999';
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
  const top = () =>
    Comment.post({ practiceId: PRACTICE, body: ' We did this too ', parent: null }, alice, t0);

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
        practiceId: PRACTICE,
        body: 'How long did it take?',
        parentId: parent.id,
        parent: { ...parent, removed: false },
      },
      bob,
    );
    expect(reply.snapshot().parentId).toBe(parent.id);
  });

  it('Reply_ToAReply_IsTooDeep', () => {
    const parent = { id: 'r', practiceId: PRACTICE, parentId: 'top', removed: false };
    expect(codeOf(() => Comment.post({ practiceId: PRACTICE, body: 'x', parentId: 'r', parent }, bob))).toBe(
      'COMMENT.REPLY_TOO_DEEP',
    );
  });

  it('Reply_ToACommentOfAnotherPracticeOrAMissingOne_HasNoParent', () => {
    const other = { id: 'o', practiceId: 'another', parentId: null, removed: false };
    expect(
      codeOf(() => Comment.post({ practiceId: PRACTICE, body: 'x', parentId: 'o', parent: other }, bob)),
    ).toBe('COMMENT.PARENT_NOT_FOUND');
    expect(
      codeOf(() => Comment.post({ practiceId: PRACTICE, body: 'x', parentId: 'o', parent: null }, bob)),
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
    mine.remove(alice);
    expect(mine.snapshot()).toMatchObject({ body: null });
    const moderated = top();
    moderated.remove(organiser);
    expect(moderated.snapshot().removedAt).toBeInstanceOf(Date);
    expect(codeOf(() => moderated.remove(organiser))).toBe('COMMENT.REMOVED');
  });

  it('Remove_BySomeoneElse_IsRefused', () => {
    expect(codeOf(() => top().remove(bob))).toBe('COMMENT.NOT_AUTHOR');
  });
});

describe('Endorsements', () => {
  const publishedOfA = { status: 'PUBLISHED', ownerAgencyId: A };

  it('Endorse_APublishedPracticeForMyAgency_RecordsTheNote', () => {
    const endorsement = Endorsement.record(
      { practiceId: PRACTICE, agencyId: B, note: ' Adopted in Q3 ' },
      publishedOfA,
      bob,
    );
    expect(endorsement.snapshot()).toMatchObject({ agencyId: B, endorserSub: 'bob', note: 'Adopted in Q3' });
  });

  it('Endorse_ForAnAgencyIAmNotAMemberOf_IsRefused', () => {
    expect(codeOf(() => Endorsement.record({ practiceId: PRACTICE, agencyId: B }, publishedOfA, alice))).toBe(
      'ENDORSEMENT.NOT_MEMBER',
    );
  });

  it('Endorse_MyOwnAgencysPractice_IsRefused', () => {
    expect(codeOf(() => Endorsement.record({ practiceId: PRACTICE, agencyId: A }, publishedOfA, alice))).toBe(
      'ENDORSEMENT.OWN_PRACTICE',
    );
  });

  it('Endorse_AnUnpublishedPractice_IsRefused', () => {
    expect(
      codeOf(() =>
        Endorsement.record({ practiceId: PRACTICE, agencyId: B }, { status: 'DRAFT', ownerAgencyId: A }, bob),
      ),
    ).toBe('ENDORSEMENT.PRACTICE_NOT_PUBLISHED');
  });
});
