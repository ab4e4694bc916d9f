import { AGENCIES, type DemoAgency, type DemoPerson } from './demo-story';
import type { ApiAnswer, PlatformApi, ProblemBody } from './platform-api';

/** The seed could not go on: what it tried, and what the API answered. */
export class SeedFailure extends Error {}

/** A page of a keyset-paginated list (`{items, nextCursor}`). */
interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

const PAGE_SIZE = 100;

/** How the API says what went wrong, in one line. */
export function describeAnswer(answer: ApiAnswer): string {
  const problem = (answer.body ?? {}) as ProblemBody;
  const detail = problem.detail ?? problem.title ?? (typeof answer.body === 'string' ? answer.body : '');
  return [String(answer.status), problem.code, detail].filter(Boolean).join(' ').slice(0, 500);
}

export function problemCode(answer: ApiAnswer): string | undefined {
  return ((answer.body ?? {}) as ProblemBody).code;
}

/** Someone of the story: a person of an agency (by sub), with what their token says about them. */
export function personBySub(sub: string): { person: DemoPerson; agency: DemoAgency } {
  for (const agency of AGENCIES) {
    const person = agency.people.find((p) => p.sub === sub);
    if (person) return { person, agency };
  }
  throw new Error(`no person ${sub} in the demo story`);
}

/** `Ayesha Khan` of `hec.example.gov.pk` → `ayesha.khan@hec.example.gov.pk`. */
export function emailOf(sub: string): string {
  const { person, agency } = personBySub(sub);
  return `${person.name.toLowerCase().replaceAll(/[^a-z]+/g, '.')}@${agency.domain}`;
}

/**
 * The people of the story acting through the API: each signs in through the development issuer
 * (`POST /dev/tokens`, AUTH_MODE=dev) once, and every call is theirs, so the platform's rules
 * (who may do what, four eyes, TLP) apply to the seed as to anyone.
 */
export class DemoActors {
  private readonly tokens = new Map<string, Promise<string>>();

  constructor(
    readonly api: PlatformApi,
    private readonly waitTimeoutMs: number,
  ) {}

  /** The bearer token of `sub` (minted once). */
  token(sub: string): Promise<string> {
    let token = this.tokens.get(sub);
    if (!token) {
      token = this.mint(sub);
      this.tokens.set(sub, token);
      token.catch(() => this.tokens.delete(sub));
    }
    return token;
  }

  async call(sub: string, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
    return this.api.send(method, path, { token: await this.token(sub), body });
  }

  /** Calls and fails unless the answer has one of `statuses`; the body. */
  async expect<T>(
    sub: string,
    what: string,
    method: string,
    path: string,
    body?: unknown,
    statuses: readonly number[] = [200, 201],
  ): Promise<T> {
    const answer = await this.call(sub, method, path, body);
    if (!statuses.includes(answer.status)) throw new SeedFailure(`${what}: ${describeAnswer(answer)}`);
    return answer.body as T;
  }

  /** Every item of a list route, page by page, as `sub` sees them. */
  async list<T>(sub: string, path: string): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | null | undefined;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const page = await this.expect<Page<T>>(
        sub,
        `reading ${path}`,
        'GET',
        `${path}${separator}limit=${PAGE_SIZE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  /**
   * Repeats a call while its answer says the service has not learnt something yet from another
   * service's events (`notYet`), up to the wait limit: services learn about each other only
   * through events (ADR 3), so a member just added in the agencies service is unknown to the
   * sessions service for a moment.
   */
  async untilKnown(
    what: string,
    attempt: () => Promise<ApiAnswer>,
    notYet: (answer: ApiAnswer) => boolean,
  ): Promise<ApiAnswer> {
    const deadline = Date.now() + this.waitTimeoutMs;
    for (;;) {
      const answer = await attempt();
      if (!notYet(answer)) return answer;
      if (Date.now() > deadline)
        throw new SeedFailure(
          `${what}: still ${describeAnswer(answer)} after ${Math.round(this.waitTimeoutMs / 1000)} s ` +
            '(is the platform consuming its events?)',
        );
      await sleep(100);
    }
  }

  private async mint(sub: string): Promise<string> {
    const { person } = personBySub(sub);
    const answer = await this.api.send('POST', 'dev/tokens', {
      body: { sub, name: person.name, email: emailOf(sub), roles: [...(person.platformRoles ?? [])] },
    });
    if (answer.status === 404)
      throw new SeedFailure(
        `${this.api.where} has no development issuer (POST /api/v1/dev/tokens is 404): the demo's people ` +
          'sign in through it, so the platform must run with AUTH_MODE=dev',
      );
    if (answer.status !== 201) throw new SeedFailure(`signing in as ${sub}: ${describeAnswer(answer)}`);
    return (answer.body as { accessToken: string }).accessToken;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
