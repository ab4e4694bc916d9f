import { Injectable } from '@nestjs/common';
import type { TlpMarking } from '@csg/auth';
import {
  CommentPosted,
  PracticePublished,
  PracticeRejected,
  type CloudEvent,
  type CommentPostedData,
  type PracticeData,
  type PracticeRejectedData,
} from '@csg/contracts';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';
import {
  fanOut,
  memberMayReadSql,
  type FanOutSpec,
} from '../../inbox/infrastructure/notification-fan-out.writer';

type Marking = Pick<PracticeData, 'tlp' | 'ownerAgencyId' | 'sharedWithAgencyIds' | 'recipientSubs'>;

const reach = (
  m: Marking,
): Pick<FanOutSpec, 'tlp' | 'ownerAgencyId' | 'sharedWithAgencyIds' | 'recipientSubs'> => ({
  tlp: m.tlp as TlpMarking,
  ownerAgencyId: m.ownerAgencyId,
  sharedWithAgencyIds: m.sharedWithAgencyIds,
  recipientSubs: m.recipientSubs,
});

/** Members of ACTIVE agencies who may read something with this marking ($1..$4), RED's owner admins included. */
const READERS_SQL = `SELECT m.sub FROM member_directory m JOIN agency_directory a ON a.agency_id = m.agency_id
  WHERE NOT m.removed AND a.status = 'ACTIVE' AND (
    ${memberMayReadSql({ tlp: '$1::text', owner: '$2::uuid', shared: '$3::uuid[]', recipients: '$4::text[]' })}
    OR ($1::text = 'TLP:RED' AND m.agency_id = $2::uuid AND m.role = 'agency-admin'))`;

/**
 * Reactions to the exchange: a rejected submission goes to its author; a comment to the members
 * of the practice's owning agency who may read it (not its writer); a published practice to
 * everyone who may read it (the EXCHANGE category defaults to the daily digest). TLP:RED events
 * carry no content, so their notifications say only that something happened.
 */
@Injectable()
export class ExchangeReactions {
  @OnIntegrationEvent(PracticeRejected.type)
  async onRejected(event: CloudEvent<PracticeRejectedData>, tx: TransactionContext): Promise<void> {
    const p = event.data;
    await fanOut(
      tx.manager,
      {
        category: 'EXCHANGE',
        kind: 'practice.rejected',
        sourceId: `${p.practiceId}@${p.version}`,
        title: p.title ? `Not published: ${p.title}` : 'A practice you submitted was not published',
        body: p.reason ? `Reason: ${p.reason}` : "See the practice for the reviewer's reason.",
        urgent: false,
        ...reach(p),
      },
      { sql: 'SELECT $1::text AS sub', params: [p.authorSub] },
    );
  }

  @OnIntegrationEvent(CommentPosted.type)
  async onComment(event: CloudEvent<CommentPostedData>, tx: TransactionContext): Promise<void> {
    const c = event.data;
    await fanOut(
      tx.manager,
      {
        category: 'EXCHANGE',
        kind: 'comment.posted',
        sourceId: c.commentId,
        title: "New comment on your agency's practice",
        body: c.body ? c.body.slice(0, 500) : 'Someone commented on a practice of your agency.',
        urgent: false,
        ...reach(c),
      },
      {
        sql: `SELECT r.sub FROM (${READERS_SQL}) r JOIN member_directory o ON o.sub = r.sub AND o.agency_id = $2::uuid AND NOT o.removed
               WHERE r.sub <> $5`,
        params: [c.tlp, c.ownerAgencyId, c.sharedWithAgencyIds, c.recipientSubs, c.authorSub],
      },
    );
  }

  @OnIntegrationEvent(PracticePublished.type)
  async onPublished(event: CloudEvent<PracticeData>, tx: TransactionContext): Promise<void> {
    const p = event.data;
    await fanOut(
      tx.manager,
      {
        category: 'EXCHANGE',
        kind: 'practice.published',
        sourceId: `${p.practiceId}@${p.version}`,
        title: p.title ? `New practice: ${p.title}` : 'A practice was shared with you',
        body: p.summary ?? 'Open the exchange to read it.',
        urgent: false,
        ...reach(p),
      },
      { sql: READERS_SQL, params: [p.tlp, p.ownerAgencyId, p.sharedWithAgencyIds, p.recipientSubs] },
    );
  }
}
