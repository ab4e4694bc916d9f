import { CSF } from '@csg/frameworks';
import { PracticeRuleViolation } from './practice.errors';

/** What a practice says; every change to it is a new revision. */
export interface PracticeContent {
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  tags: readonly string[];
  sectors: readonly string[];
  /** NIST CSF 2.0 categories (`PR.AA`) or subcategories (`PR.AA-01`). */
  frameworkRefs: readonly string[];
}

export const CONTENT_FIELDS = ['title', 'summary', 'body', 'tags', 'sectors', 'frameworkRefs'] as const;

/** A body of at most 64 KiB of Markdown (characters; the HTTP limit caps bytes). */
export const MAX_BODY_LENGTH = 65_536;

const uniqueSorted = (values: readonly string[]) => [...new Set(values)].sort();

/**
 * Trims text, lower-cases tags and keeps every list sorted and unique, so two spellings of the
 * same content compare equal; framework references must be citable NIST CSF 2.0 identifiers.
 */
export function normaliseContent(content: PracticeContent): PracticeContent {
  const unknown = CSF.unknown(content.frameworkRefs);
  if (unknown.length > 0) {
    throw new PracticeRuleViolation(
      'PRACTICE.UNKNOWN_FRAMEWORK_REFERENCE',
      `Not NIST CSF 2.0 categories or subcategories: ${unknown.join(', ')}.`,
    );
  }
  return {
    title: content.title.trim(),
    summary: content.summary.trim(),
    body: content.body,
    tags: uniqueSorted(content.tags.map(normaliseTag)),
    sectors: uniqueSorted(content.sectors),
    frameworkRefs: uniqueSorted(content.frameworkRefs),
  };
}

/** Tags compare lower-case, with runs of spaces as one `-`. */
export function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, '-');
}

/** The content fields whose values differ between `a` and `b`. */
export function changedContentFields(a: PracticeContent, b: PracticeContent): string[] {
  return CONTENT_FIELDS.filter((field) => JSON.stringify(a[field]) !== JSON.stringify(b[field]));
}
