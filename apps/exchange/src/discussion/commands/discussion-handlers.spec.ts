import { AGENCY_A, AGENCY_B, inMemoryExchange, person } from '../../../test/in-memory-exchange.fixture';
import { Practice } from '../../practices/domain/practice.aggregate';
import { EndorsePracticeCommand } from './endorse-practice/endorse-practice.command';
import { EndorsePracticeHandler } from './endorse-practice/endorse-practice.handler';
import { PostCommentCommand } from './post-comment/post-comment.command';
import { PostCommentHandler } from './post-comment/post-comment.handler';
import { RemoveCommentCommand } from './remove-comment/remove-comment.command';
import { RemoveCommentHandler } from './remove-comment/remove-comment.handler';

/** The time every change in this file happens at. */
const now = new Date();

const author = person('author', [[AGENCY_A, 'member']]);
const memberOfB = person('member-b', [[AGENCY_B, 'member']]);
const organiser = person('organiser', [], ['organiser']);

describe('discussion command handlers (in-memory ports)', () => {
  const setUp = async (tlp: 'TLP:GREEN' | 'TLP:RED' = 'TLP:GREEN') => {
    const ports = inMemoryExchange();
    const practice = Practice.draft(
      {
        ownerAgencyId: AGENCY_A,
        title: 'Backups that restore',
        summary: 'Monthly restore drills',
        body: 'Steps.',
        tags: [],
        sectors: [],
        frameworkRefs: [],
        tlp,
        sharedWithAgencyIds: [],
        recipientSubs: tlp === 'TLP:RED' ? ['member-b'] : [],
      },
      author,
      now,
    );
    practice.submit(author, now);
    if (tlp !== 'TLP:RED') practice.approve(organiser, now);
    practice.pullRecordedEvents();
    ports.practices.rows.set(practice.id, practice.snapshot());
    const { unitOfWork, practices, comments, endorsements, clock } = ports;
    return {
      ...ports,
      id: practice.id,
      post: (body: string, actor = memberOfB, parentId?: string) =>
        new PostCommentHandler(unitOfWork, practices, comments, clock).execute(
          new PostCommentCommand(practice.id, body, parentId, actor),
        ),
      remove: (commentId: string, actor = organiser) =>
        new RemoveCommentHandler(unitOfWork, practices, comments, clock).execute(
          new RemoveCommentCommand(practice.id, commentId, undefined, actor),
        ),
      endorse: (agencyId: string, actor = memberOfB) =>
        new EndorsePracticeHandler(unitOfWork, practices, endorsements, clock).execute(
          new EndorsePracticeCommand(practice.id, agencyId, 'Adopted', actor),
        ),
    };
  };

  it('PostComment_PublishesCommentPostedWithTheMarkingAndTheBody', async () => {
    const t = await setUp();
    const { body } = await t.post('We did this too');
    expect(t.unitOfWork.published).toEqual([
      expect.objectContaining({
        type: 'csg.exchange.comment.posted.v1',
        key: t.id,
        data: expect.objectContaining({ commentId: body.id, tlp: 'TLP:GREEN', body: 'We did this too' }),
      }),
    ]);
  });

  it('PostCommentOnARedPractice_PublishesNoBody', async () => {
    const t = await setUp('TLP:RED');
    await t.post('Secret');
    expect(t.unitOfWork.published[0].data).not.toHaveProperty('body');
  });

  it('RemoveComment_ByAnOrganiser_PublishesNothing', async () => {
    const t = await setUp();
    const { body } = await t.post('To be moderated');
    await t.remove(body.id);
    expect(t.comments.rows.get(body.id)).toMatchObject({ body: null });
    expect(t.unitOfWork.published).toHaveLength(1);
  });

  it('Endorse_CountsTheAgencies_AndRefusesASecondEndorsementWithoutPublishing', async () => {
    const t = await setUp();
    await t.endorse(AGENCY_B);
    expect(t.unitOfWork.published[0]).toMatchObject({
      type: 'csg.exchange.practice.endorsed.v1',
      data: { agencyId: AGENCY_B, endorsementCount: 1, note: 'Adopted' },
    });
    await expect(t.endorse(AGENCY_B)).rejects.toMatchObject({ code: 'ENDORSEMENT.ALREADY_ENDORSED' });
    expect(t.unitOfWork.published).toHaveLength(1);
  });
});
