/**
 * Aggregate versions as entity tags. Responses carry a strong `ETag: "<version>"`; `If-Match`
 * on a change names the version the client last saw, and a change to any other version is
 * refused (412). Weak tags (`W/"3"`) are accepted too: only the version number is compared.
 */
export function formatEtag(version: number): string {
  return `"${version}"`;
}

const TAG = /^(?:W\/)?"([0-9]{1,10})"$/;

/**
 * The versions an `If-Match` header accepts, or undefined when any will do (no header, an
 * empty one, or `*`). A tag that is not one of ours is kept out of the list, so it never
 * matches: a header of only such tags accepts no version at all.
 */
export function parseIfMatch(header: string | string[] | undefined): number[] | undefined {
  const value = (Array.isArray(header) ? header.join(',') : (header ?? '')).trim();
  if (value === '' || value === '*') return undefined;
  return value
    .split(',')
    .map((tag) => TAG.exec(tag.trim())?.[1])
    .filter((version): version is string => version !== undefined)
    .map(Number);
}

/** Whether a resource at `current` satisfies the parsed `If-Match`. */
export function versionMatches(expected: readonly number[] | undefined, current: number): boolean {
  return expected === undefined || expected.includes(current);
}
