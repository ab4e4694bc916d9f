/** The kinds of caller every route is tried with. */
export const PRINCIPALS = [
  'anonymous',
  'memberOfA',
  'adminOfA',
  'memberOfB',
  'organiser',
  'platformAdmin',
  'integrationKey',
] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];
/** `allowed`: the route's handler ran (any status but 401 and 403; never a 5xx). */
export type Outcome = 'allowed' | 401 | 403;

export interface RouteCase {
  body?: (agencyA: string) => unknown;
  /** Concrete path parameters; by default `:id` is agency A and `:memberId` a spare member of A. */
  params?: () => Record<string, string>;
  expect: Record<PrincipalName, Outcome>;
}

/** What a service's seed function gets: the running platform, each caller's headers, agencies A and B. */
export interface MatrixContext {
  baseUrl: string;
  headers: Record<PrincipalName, Record<string, string>>;
  agencyA: string;
  agencyB: string;
}

export const everyone = (outcome: Outcome, except: Partial<Record<PrincipalName, Outcome>> = {}) =>
  Object.fromEntries(PRINCIPALS.map((p) => [p, except[p] ?? outcome])) as Record<PrincipalName, Outcome>;
