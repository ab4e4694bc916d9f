import type { TlpMarking } from '@csg/auth';
import { AnnouncementRuleViolation } from './announcement.errors';
import type { Audience } from './audience.value-object';

/** What the read rule needs to know about an announcement: who it is shared with, under its marking. */
export interface AnnouncementReach {
  tlp: TlpMarking;
  /** AMBER+STRICT: the one agency whose members read it. Announcements are otherwise the platform's. */
  ownerAgencyId: string | null;
  /** AMBER: the agencies whose members read it. */
  sharedWithAgencyIds: string[];
  /** RED: the people named. */
  recipientSubs: string[];
}

/**
 * A marking narrows the audience to who may read it, so each marking needs the audience to say whom:
 * CLEAR and GREEN reach any audience; AMBER is shared with the agencies the audience names;
 * AMBER+STRICT stays inside the one agency the audience names; RED reaches only the people named.
 */
export function markingNarrowsTheAudience(
  tlp: TlpMarking,
  audience: Audience,
  recipientSubs: readonly string[] = [],
): AnnouncementReach {
  const subs = [...new Set(recipientSubs)];
  if (tlp !== 'TLP:RED' && subs.length > 0)
    throw new AnnouncementRuleViolation(
      'ANNOUNCEMENT.RECIPIENTS_ONLY_FOR_RED',
      'recipientSubs name the readers of a TLP:RED announcement only',
    );
  switch (tlp) {
    case 'TLP:CLEAR':
    case 'TLP:GREEN':
      return { tlp, ownerAgencyId: null, sharedWithAgencyIds: [], recipientSubs: [] };
    case 'TLP:AMBER':
      if (audience.kind !== 'AGENCIES')
        throw new AnnouncementRuleViolation(
          'ANNOUNCEMENT.MARKING_NEEDS_NAMED_AGENCIES',
          'a TLP:AMBER announcement is shared with the agencies its audience names (audience AGENCIES)',
        );
      return { tlp, ownerAgencyId: null, sharedWithAgencyIds: [...audience.values], recipientSubs: [] };
    case 'TLP:AMBER+STRICT':
      if (audience.kind !== 'AGENCIES' || audience.values.length !== 1)
        throw new AnnouncementRuleViolation(
          'ANNOUNCEMENT.MARKING_NEEDS_ONE_AGENCY',
          'a TLP:AMBER+STRICT announcement stays inside one agency (audience AGENCIES with one id)',
        );
      return { tlp, ownerAgencyId: audience.values[0], sharedWithAgencyIds: [], recipientSubs: [] };
    case 'TLP:RED':
      if (subs.length === 0)
        throw new AnnouncementRuleViolation(
          'ANNOUNCEMENT.RED_NEEDS_RECIPIENTS',
          'a TLP:RED announcement reaches only the people named in recipientSubs',
        );
      return { tlp, ownerAgencyId: null, sharedWithAgencyIds: [], recipientSubs: subs };
  }
}
