import type { Principal } from '@csg/auth';
import type { UnitOfWork } from '@csg/messaging';
import type { EndorsementRepository } from '../../discussion/domain/endorsement-repository.port';
import { notFound, type Practice } from '../domain/practice.aggregate';
import type { PracticeRepository } from '../domain/practice-repository.port';
import { toPracticeView, type PracticeView } from '../queries/practice.view';

/** The ports a practice change works with (injected into each handler). */
export interface PracticePorts {
  unitOfWork: UnitOfWork;
  practices: PracticeRepository;
  endorsements: EndorsementRepository;
}

/**
 * One change to one practice, in one unit of work: lock it, make sure the caller may read it
 * (otherwise it does not exist for them) and that their If-Match still holds, apply the change,
 * and write it; the unit of work publishes what the practice recorded, with its new revisions.
 */
export function changePractice(
  ports: PracticePorts,
  practiceId: string,
  actor: Principal,
  expectedVersions: readonly number[] | undefined,
  change: (practice: Practice) => void,
): Promise<PracticeView> {
  return ports.unitOfWork.run(async () => {
    const practice = await ports.practices.lockById(practiceId);
    if (!practice?.isReadableBy(actor)) throw notFound();
    practice.assertVersion(expectedVersions);
    const previousVersion = practice.snapshot().version;
    change(practice);
    if (practice.snapshot().version !== previousVersion)
      await ports.practices.update(practice, previousVersion);
    return toPracticeView(practice.snapshot(), await ports.endorsements.agenciesEndorsing(practiceId), actor);
  });
}
