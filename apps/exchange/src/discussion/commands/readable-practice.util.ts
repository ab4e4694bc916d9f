import type { Principal } from '@csg/auth';
import { notFound, type Practice } from '../../practices/domain/practice.aggregate';
import type { PracticeRepository } from '../../practices/domain/practice-repository.port';

/**
 * The practice a discussion change is about, locked for the transaction so its marking cannot
 * change underneath; a practice the caller may not read does not exist for them.
 */
export async function lockReadablePractice(
  practices: PracticeRepository,
  practiceId: string,
  actor: Principal,
): Promise<Practice> {
  const practice = await practices.lockById(practiceId);
  if (!practice?.isReadableBy(actor)) throw notFound();
  return practice;
}
