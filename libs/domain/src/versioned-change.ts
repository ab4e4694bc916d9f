import type { VersionedAggregateRoot } from './versioned-aggregate-root';

/** The part of a unit of work a change needs: run the work in one transaction (libs/messaging UnitOfWork). */
export interface UnitOfWorkRunner {
  run<T>(work: () => Promise<T>): Promise<T>;
}

/** The part of a repository port a change needs: lock one aggregate, write it over the version it had. */
export interface VersionedRepository<Aggregate, Id = string> {
  /** The aggregate, locked until the transaction ends; null when there is none. */
  lockById(id: Id): Promise<Aggregate | null>;
  /** Writes it if it is still at `previousVersion` (the context's VERSION_MISMATCH otherwise). */
  update(aggregate: Aggregate, previousVersion: number): Promise<void>;
}

/** One change to one versioned aggregate, as a command asks for it. */
export interface VersionedChange<Aggregate, Answer, Id = string> {
  id: Id;
  /** The caller's If-Match versions; undefined when the request has none. */
  expectedVersions: readonly number[] | undefined;
  /** What a missing aggregate, or one the caller may not see, raises (it does not exist for them). */
  notFound: () => Error;
  /** Whether the caller may see it at all; anyone who reaches the command when left out. */
  visibleTo?: (aggregate: Aggregate) => boolean | Promise<boolean>;
  /** The change itself: the aggregate's own methods, which record its facts or refuse. */
  apply: (aggregate: Aggregate) => unknown;
  /** What the caller gets back, read after the write; `changed` says whether the version moved. */
  answer: (aggregate: Aggregate, changed: boolean) => Answer | Promise<Answer>;
}

/**
 * The one way a command changes an existing aggregate, in the running unit of work: lock it,
 * refuse it as not found when the caller may not see it, check their If-Match, apply the change,
 * write it only when its version moved (a change that changes nothing writes nothing and records
 * nothing), and answer with the caller's view. The unit of work publishes what it recorded.
 * Without `answer` it answers with the aggregate itself, for a caller that goes on working with it.
 */
export function applyVersionedChange<Aggregate extends VersionedAggregateRoot, Answer, Id>(
  repository: VersionedRepository<Aggregate, Id>,
  change: VersionedChange<Aggregate, Answer, Id>,
): Promise<Answer>;
export function applyVersionedChange<Aggregate extends VersionedAggregateRoot, Id>(
  repository: VersionedRepository<Aggregate, Id>,
  change: Omit<VersionedChange<Aggregate, Aggregate, Id>, 'answer'>,
): Promise<Aggregate>;
export async function applyVersionedChange<Aggregate extends VersionedAggregateRoot, Answer, Id>(
  repository: VersionedRepository<Aggregate, Id>,
  change: Omit<VersionedChange<Aggregate, Answer, Id>, 'answer'> &
    Partial<VersionedChange<Aggregate, Answer, Id>>,
): Promise<Answer | Aggregate> {
  const aggregate = await repository.lockById(change.id);
  if (!aggregate || !(await (change.visibleTo?.(aggregate) ?? true))) throw change.notFound();
  aggregate.assertVersion(change.expectedVersions);
  const previousVersion = aggregate.version;
  await change.apply(aggregate);
  const changed = aggregate.version !== previousVersion;
  if (changed) await repository.update(aggregate, previousVersion);
  return change.answer ? change.answer(aggregate, changed) : aggregate;
}

/** {@link applyVersionedChange} in a unit of work of its own: the whole command is the change. */
export function runVersionedChange<Aggregate extends VersionedAggregateRoot, Answer, Id>(
  unitOfWork: UnitOfWorkRunner,
  repository: VersionedRepository<Aggregate, Id>,
  change: VersionedChange<Aggregate, Answer, Id>,
): Promise<Answer> {
  return unitOfWork.run(() => applyVersionedChange(repository, change));
}
