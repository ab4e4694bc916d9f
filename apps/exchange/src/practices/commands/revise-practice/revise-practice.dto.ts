import type { TlpMarking } from '@csg/auth';
import { IsOptional, ValidateIf } from 'class-validator';
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

const given = (_: object, value: unknown) => value !== undefined;

/**
 * `PATCH /practices/{id}`: the fields to change (absent ones stay); the change is a new revision.
 * Raising the marking takes effect at once; widening a published practice's waits for an organiser.
 */
export class RevisePracticeDto {
  @ValidateIf(given) @PracticeTitle() title?: string;
  @ValidateIf(given) @PracticeSummary() summary?: string;
  @ValidateIf(given) @PracticeBody() body?: string;
  @ValidateIf(given) @PracticeTags() tags?: string[];
  @ValidateIf(given) @PracticeSectors() sectors?: string[];
  @ValidateIf(given) @PracticeFrameworkRefs() frameworkRefs?: string[];
  @ValidateIf(given) @PracticeTlp() tlp?: TlpMarking;
  @IsOptional() @SharedWithAgencyIds() sharedWithAgencyIds?: string[];
  @IsOptional() @RecipientSubs() recipientSubs?: string[];
}
