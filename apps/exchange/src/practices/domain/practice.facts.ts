import type { PracticeRevision } from './practice-revision.entity';

/**
 * What happened to a practice, as the aggregate records it. The command side maps each fact to
 * its integration event (practice-events.mapper.ts) in the same transaction.
 */
export type PracticeFact =
  | { kind: 'submitted' }
  | { kind: 'published' }
  | { kind: 'revised'; revision: PracticeRevision }
  | { kind: 'rejected'; reason: string; scope: 'SUBMISSION' | 'MARKING_CHANGE' }
  | { kind: 'withdrawn' };
