import type { AnnouncementReach } from '../../announcements/domain/announcement-marking.rule';
import type { Audience } from '../../announcements/domain/audience.value-object';
import { memberMayReadSql, type RecipientsSql } from '../../inbox/infrastructure/notification-fan-out.writer';

/**
 * The people an audience names, narrowed by the marking, as one SELECT: members of ACTIVE
 * (verified) agencies selected by tier, sector or id, or the confirmed participants of sessions
 * who are such members; with `agencyAdminsOnly`, those agencies' admins.
 */
export function audienceRecipients(
  audience: Audience,
  reach: AnnouncementReach,
  options: { agencyAdminsOnly?: boolean } = {},
): RecipientsSql {
  const params: unknown[] = [
    audience.values,
    reach.tlp,
    reach.ownerAgencyId,
    reach.sharedWithAgencyIds,
    reach.recipientSubs,
  ];
  const byKind: Record<Audience['kind'], string> = {
    ALL: 'cardinality($1::text[]) = 0',
    TIERS: 'a.tier = ANY($1::text[])',
    SECTORS: 'a.sector = ANY($1::text[])',
    AGENCIES: 'a.agency_id = ANY($1::uuid[])',
    SESSION_PARTICIPANTS: `m.sub IN (SELECT sp.sub FROM session_participants sp
                             WHERE sp.session_id = ANY($1::uuid[]) AND sp.status = 'CONFIRMED' AND sp.sub IS NOT NULL)`,
  };
  const readable = memberMayReadSql({
    tlp: '$2::text',
    owner: '$3::uuid',
    shared: '$4::uuid[]',
    recipients: '$5::text[]',
  });
  return {
    sql: `SELECT m.sub FROM member_directory m JOIN agency_directory a ON a.agency_id = m.agency_id
           WHERE NOT m.removed AND a.status = 'ACTIVE' AND ${byKind[audience.kind]} AND ${readable}
           ${options.agencyAdminsOnly ? `AND m.role = 'agency-admin'` : ''}`,
    params,
  };
}
