import type { TlpMarking } from '@csg/auth';
import {
  PracticeBody,
  PracticeFrameworkRefs,
  PracticeSectors,
  PracticeSummary,
  PracticeTags,
  PracticeTitle,
  PracticeTlp,
  RecipientSubs,
  SharedWithAgencyIds,
} from '../practice-fields.decorators';

const changed = { optional: true };

/**
 * `PATCH /practices/{id}`: the fields to change (absent ones stay); the change is a new revision.
 * Raising the marking takes effect at once; widening a published practice's waits for an organiser.
 */
export class RevisePracticeDto {
  @PracticeTitle(changed) title?: string;
  @PracticeSummary(changed) summary?: string;
  @PracticeBody(changed) body?: string;
  @PracticeTags(changed) tags?: string[];
  @PracticeSectors(changed) sectors?: string[];
  @PracticeFrameworkRefs(changed) frameworkRefs?: string[];
  @PracticeTlp(changed) tlp?: TlpMarking;
  @SharedWithAgencyIds() sharedWithAgencyIds?: string[];
  @RecipientSubs() recipientSubs?: string[];
}
