import type { Principal } from '@csg/auth';
import { runVersionedChange, type Clock } from '@csg/domain';
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
  clock: Clock;
}

/**
 * One change to one practice: the versioned change (libs/domain) where a practice the caller
 * may not read does not exist for them, answered with the practice as they read it afterwards,
 * with its endorsements. The unit of work publishes what the practice recorded, with its new revisions.
 */
export function changePractice(
  ports: PracticePorts,
  practiceId: string,
  actor: Principal,
  expectedVersions: readonly number[] | undefined,
  change: (practice: Practice, now: Date) => unknown,
): Promise<PracticeView> {
  return runVersionedChange(ports.unitOfWork, ports.practices, {
    id: practiceId,
    expectedVersions,
    notFound,
    visibleTo: (practice) => practice.isReadableBy(actor),
    apply: (practice) => change(practice, ports.clock.now()),
    answer: async (practice) =>
      toPracticeView(practice.snapshot(), await ports.endorsements.agenciesEndorsing(practiceId), actor),
  });
}
