import type { EntityManager } from 'typeorm';
import type { Principal } from '@csg/auth';
import { notFound, type Practice } from '../../practices/domain/practice.aggregate';
import { PracticeRepository } from '../../practices/infrastructure/practice.repository';

/**
 * The practice a discussion change is about, locked for the transaction so its marking cannot
 * change underneath; a practice the caller may not read does not exist for them.
 */
export async function lockReadablePractice(
  manager: EntityManager,
  practiceId: string,
  actor: Principal,
): Promise<Practice> {
  const practice = await new PracticeRepository(manager).lockById(practiceId);
  if (!practice?.isReadableBy(actor)) throw notFound();
  return practice;
}
