import type { TlpMarking } from '@csg/auth';
import { UuidField } from '@csg/http';
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

/** `POST /practices`: a draft for the agency the caller belongs to. */
export class CreatePracticeDto {
  @UuidField({ description: 'the owning agency (the caller is one of its members)' })
  agencyId: string;

  @PracticeTitle() title: string;
  @PracticeSummary() summary: string;
  @PracticeBody() body: string;
  @PracticeTags() tags: string[];
  @PracticeSectors() sectors: string[];
  @PracticeFrameworkRefs() frameworkRefs: string[];
  @PracticeTlp() tlp: TlpMarking;
  @SharedWithAgencyIds() sharedWithAgencyIds?: string[];
  @RecipientSubs() recipientSubs?: string[];

  @UuidField({
    optional: true,
    description:
      'the session it was presented at: a scheduled or completed session the exchange knows ' +
      '(422 PRACTICE.UNKNOWN_SESSION when it does not know it yet, 422 PRACTICE.SESSION_CANCELLED)',
  })
  sessionId?: string;
}
