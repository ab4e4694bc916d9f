import { RuleViolation, violatedRule } from './rule-violation';
import { VersionedAggregateRoot, versionMismatchMessage } from './versioned-aggregate-root';
import { applyVersionedChange, runVersionedChange, type VersionedRepository } from './versioned-change';

class Renamed {
  constructor(readonly name: string) {}
}

/** The smallest versioned aggregate: a name that changes, one version per change. */
class Thing extends VersionedAggregateRoot<Renamed> {
  constructor(private state: { id: string; name: string; owner: string; version: number }) {
    super();
  }

  override snapshot() {
    return { ...this.state };
  }

  rename(name: string): void {
    if (name === this.state.name) return;
    this.state = { ...this.state, name, version: this.state.version + 1 };
    this.record(new Renamed(name));
  }

  protected override versionMismatch(version: number): RuleViolation<'THING.VERSION_MISMATCH'> {
    return new RuleViolation('THING.VERSION_MISMATCH', versionMismatchMessage('thing', version));
  }
}

class Things implements VersionedRepository<Thing> {
  readonly rows = new Map([['t-1', { id: 't-1', name: 'Old', owner: 'alice', version: 3 }]]);
  readonly steps: string[] = [];

  async lockById(id: string): Promise<Thing | null> {
    this.steps.push(`lock ${id}`);
    const row = this.rows.get(id);
    return row ? new Thing(row) : null;
  }

  async update(thing: Thing, previousVersion: number): Promise<void> {
    this.steps.push(`update over ${previousVersion}`);
    this.rows.set(thing.snapshot().id, thing.snapshot());
  }
}

const notFound = () => new RuleViolation('THING.NOT_FOUND', 'No such thing.');

async function codeOf(work: Promise<unknown>): Promise<string | undefined> {
  return work.then(
    () => undefined,
    (error: unknown) =>
      violatedRule(() => {
        throw error;
      }),
  );
}

describe('applyVersionedChange', () => {
  it('Change_OverTheVersionTheCallerRead_WritesItOverThatVersionAndAnswersTheirView', async () => {
    const things = new Things();
    const answer = await applyVersionedChange(things, {
      id: 't-1',
      expectedVersions: [3],
      notFound,
      apply: (thing) => thing.rename('New'),
      answer: (thing, changed) => ({ ...thing.snapshot(), changed }),
    });
    expect(answer).toEqual({ id: 't-1', name: 'New', owner: 'alice', version: 4, changed: true });
    expect(things.steps).toEqual(['lock t-1', 'update over 3']);
  });

  it('Change_ThatChangesNothing_WritesNothing_AndAnswersTheAggregateItselfWithoutAnAnswerStep', async () => {
    const things = new Things();
    const thing = await applyVersionedChange(things, {
      id: 't-1',
      expectedVersions: undefined,
      notFound,
      apply: (t) => t.rename('Old'),
    });
    expect(thing.version).toBe(3);
    expect(thing.recordedEvents).toEqual([]);
    expect(things.steps).toEqual(['lock t-1']);
  });

  it('Change_OverAnotherVersion_IsRefusedWithTheAggregatesOwnCodeBeforeAnythingIsApplied', async () => {
    const things = new Things();
    const apply = jest.fn();
    const stale = applyVersionedChange(things, { id: 't-1', expectedVersions: [1, 2], notFound, apply });
    await expect(stale).rejects.toMatchObject({
      code: 'THING.VERSION_MISMATCH',
      message: 'The thing is at version 3, not the one your If-Match names.',
    });
    expect(apply).not.toHaveBeenCalled();
  });

  it('Change_OfAMissingOrInvisibleAggregate_IsNotFound_BeforeTheIfMatchCounts', async () => {
    const things = new Things();
    const apply = jest.fn();
    const missing = applyVersionedChange(things, { id: 't-9', expectedVersions: [1], notFound, apply });
    const hidden = applyVersionedChange(things, {
      id: 't-1',
      expectedVersions: [1],
      notFound,
      visibleTo: async (thing) => thing.snapshot().owner === 'bob',
      apply,
    });
    expect([await codeOf(missing), await codeOf(hidden)]).toEqual(['THING.NOT_FOUND', 'THING.NOT_FOUND']);
    expect(apply).not.toHaveBeenCalled();
  });

  it('runVersionedChange_RunsTheWholeChangeInOneUnitOfWork', async () => {
    const things = new Things();
    const runs: string[] = [];
    const unitOfWork = {
      run: async <T>(work: () => Promise<T>) => {
        runs.push('begin');
        const result = await work();
        runs.push('commit');
        return result;
      },
    };
    const name = await runVersionedChange(unitOfWork, things, {
      id: 't-1',
      expectedVersions: [3],
      notFound,
      apply: (thing) => thing.rename('New'),
      answer: (thing) => thing.snapshot().name,
    });
    expect(name).toBe('New');
    expect(runs).toEqual(['begin', 'commit']);
  });
});
