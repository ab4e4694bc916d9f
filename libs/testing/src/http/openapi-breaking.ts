import { apiCompare } from 'api-smart-diff';

type Diff = ReturnType<typeof apiCompare>['diffs'][number];
type Path = Diff['path'];

const inResponse = (path: Path) => path.includes('responses');
const last = (path: Path, back = 0) => String(path[path.length - 1 - back]);

/**
 * Whether a change breaks a client written against the earlier document. api-smart-diff
 * (`apiCompare`) classifies each change of an operation, `$ref`s resolved; on top of its
 * `breaking` class a removed response field, a removed enum value (the vocabulary is public: a
 * removal is usually a rename), a changed type and a response field becoming nullable break too,
 * and a new value of a response enum does not: the product contract extends enums (event types,
 * statuses), so clients must accept values they do not know (ADR 62).
 */
function breaks(diff: Diff): boolean {
  const { path, action } = diff;
  if (path[0] !== 'paths') return false; // components are compared through the operations using them
  const responseEnumGrows = action === 'add' && inResponse(path) && last(path, 1) === 'enum';
  if (diff.type === 'breaking') return !responseEnumGrows;
  if (action === 'replace' && last(path) === 'type') return true;
  if (action === 'remove' && last(path, 1) === 'enum') return true;
  if (!inResponse(path)) return false;
  if (action === 'remove' && last(path, 1) === 'properties') return true;
  return action === 'add' && last(path) === 'nullable' && diff.after === true;
}

const pointer = (path: Path) => path.map((part) => String(part)).join(' › ');

/** The changes from `before` to `after` that break the contract, one readable line each. */
export function breakingChanges(before: object, after: object): string[] {
  const { diffs } = apiCompare(before, after);
  return diffs
    .filter(breaks)
    .map((diff) => `${diff.description ?? `[${diff.action}]`} at ${pointer(diff.path)}`);
}
