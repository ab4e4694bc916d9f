import { Injectable } from '@nestjs/common';
import type { TlpMarking } from '@csg/auth';
import {
  AssessmentReviewed,
  CampaignOpened,
  ProfileTargetReached,
  RoadmapItemDue,
  type AssessmentChangedData,
  type CampaignOpenedData,
  type CloudEvent,
  type ProfileTargetReachedData,
  type RoadmapItemDueData,
} from '@csg/contracts';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';
import { audienceOf } from '../../announcements/domain/audience.value-object';
import { audienceRecipients } from '../../audiences/infrastructure/audience.sql';
import { fanOut, memberMayReadSql } from '../../inbox/infrastructure/notification-fan-out.writer';

const GREEN = {
  tlp: 'TLP:GREEN' as TlpMarking,
  ownerAgencyId: null,
  sharedWithAgencyIds: [],
  recipientSubs: [],
};

/** Members (or admins) of one ACTIVE agency who may read an item with the agency's marking ($1..$3). */
const agencyPeople = (
  adminsOnly: boolean,
) => `SELECT m.sub FROM member_directory m JOIN agency_directory a ON a.agency_id = m.agency_id
  WHERE NOT m.removed AND a.status = 'ACTIVE' AND m.agency_id = $2::uuid ${adminsOnly ? `AND m.role = 'agency-admin'` : ''}
    AND ${memberMayReadSql({ tlp: '$1::text', owner: '$2::uuid', shared: '$3::uuid[]', recipients: "'{}'::text[]" })}`;

/**
 * Reactions to the maturity service: a campaign opened (the admins of the agencies in its
 * audience), an assessment reviewed (its agency's admins), a roadmap item due (its owner, or the
 * agency's admins when it has none), a target reached (the agency's members, in the digest unless
 * they chose otherwise). Assessment and roadmap facts keep their AMBER marking in the inbox.
 */
@Injectable()
export class MaturityReactions {
  @OnIntegrationEvent(CampaignOpened.type)
  async onCampaignOpened(event: CloudEvent<CampaignOpenedData>, tx: TransactionContext): Promise<void> {
    const c = event.data;
    const audience = audienceOf(c.audience.kind, c.audience.values);
    await fanOut(
      tx.manager,
      {
        category: 'AGENCY',
        kind: 'campaign.opened',
        sourceId: c.campaignId,
        title: `Maturity campaign open: ${c.name}`,
        body: `Assess your agency against ${c.frameworkId} by ${c.closesAt.slice(0, 10)}.`,
        urgent: false,
        ...GREEN,
      },
      audienceRecipients(audience, { ...GREEN }, { agencyAdminsOnly: true }),
    );
  }

  @OnIntegrationEvent(AssessmentReviewed.type)
  async onAssessmentReviewed(
    event: CloudEvent<AssessmentChangedData>,
    tx: TransactionContext,
  ): Promise<void> {
    const a = event.data;
    await fanOut(
      tx.manager,
      {
        category: 'AGENCY',
        kind: 'assessment.reviewed',
        sourceId: `${a.assessmentId}@${a.version}`,
        title: 'Your maturity assessment was reviewed',
        body: "The organisers reviewed your agency's assessment; see its profile and comments.",
        urgent: false,
        tlp: a.tlp as TlpMarking,
        ownerAgencyId: a.agencyId,
        sharedWithAgencyIds: a.sharedWithAgencyIds,
        recipientSubs: [],
      },
      { sql: agencyPeople(true), params: [a.tlp, a.agencyId, a.sharedWithAgencyIds] },
    );
  }

  @OnIntegrationEvent(RoadmapItemDue.type)
  async onRoadmapItemDue(event: CloudEvent<RoadmapItemDueData>, tx: TransactionContext): Promise<void> {
    const r = event.data;
    const marking = {
      tlp: r.tlp as TlpMarking,
      ownerAgencyId: r.agencyId,
      sharedWithAgencyIds: [],
      recipientSubs: [],
    };
    await fanOut(
      tx.manager,
      {
        category: 'AGENCY',
        kind: 'roadmap.item-due',
        sourceId: `${r.itemId}@${r.dueOn}@${r.daysBefore}`,
        title: `Roadmap item due ${r.dueOn}: ${r.title}`,
        body: r.daysBefore > 0 ? `Due in ${r.daysBefore} day(s).` : 'Due today.',
        urgent: false,
        ...marking,
      },
      r.ownerSub
        ? {
            sql: `SELECT p.sub FROM (${agencyPeople(false)}) p WHERE p.sub = $4`,
            params: [r.tlp, r.agencyId, [], r.ownerSub],
          }
        : { sql: agencyPeople(true), params: [r.tlp, r.agencyId, []] },
    );
  }

  @OnIntegrationEvent(ProfileTargetReached.type)
  async onTargetReached(event: CloudEvent<ProfileTargetReachedData>, tx: TransactionContext): Promise<void> {
    const t = event.data;
    await fanOut(
      tx.manager,
      {
        category: 'AGENCY',
        kind: 'profile.target-reached',
        sourceId: `${t.assessmentId}:${t.subcategoryId}`,
        title: `Target reached: ${t.subcategoryId}`,
        body: `Your agency reached tier ${t.current} (target ${t.target}) on ${t.subcategoryId}.`,
        urgent: false,
        tlp: t.tlp as TlpMarking,
        ownerAgencyId: t.agencyId,
        sharedWithAgencyIds: [],
        recipientSubs: [],
        defaultDelivery: 'DAILY_DIGEST',
      },
      { sql: agencyPeople(false), params: [t.tlp, t.agencyId, []] },
    );
  }
}
