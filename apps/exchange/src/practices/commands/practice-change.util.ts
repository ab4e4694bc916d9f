import type { Principal } from '@csg/auth';
import type { UnitOfWork } from '@csg/messaging';
import { notFound, type Practice } from '../domain/practice.aggregate';
import { emitPracticeFacts } from '../infrastructure/practice-events.mapper';
import { PracticeReader } from '../infrastructure/practice.reader';
import { PracticeRepository } from '../infrastructure/practice.repository';
import { toPracticeView, type PracticeView } from '../queries/practice.view';

/**
 * One change to one practice, in one transaction: lock it, make sure the caller may read it
 * (otherwise it does not exist for them) and that their If-Match still holds, apply the change,
 * write it with its new revisions, and turn what the practice recorded into outbox rows.
 */
export function changePractice(
  unitOfWork: UnitOfWork,
  practiceId: string,
  actor: Principal,
  expectedVersions: readonly number[] | undefined,
  change: (practice: Practice) => void,
): Promise<PracticeView> {
  return unitOfWork.run(async (tx) => {
    const practices = new PracticeRepository(tx.manager);
    const practice = await practices.lockById(practiceId);
    if (!practice?.isReadableBy(actor)) throw notFound();
    practice.assertVersion(expectedVersions);
    const previousVersion = practice.snapshot().version;
    change(practice);
    if (practice.snapshot().version !== previousVersion) {
      await practices.update(practice, previousVersion);
      emitPracticeFacts(tx, practice);
    }
    return toPracticeView(
      practice.snapshot(),
      await new PracticeReader(tx.manager).endorsingAgencyIds(practiceId),
    );
  });
}
