import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { walkthroughSteps, type WalkthroughStep } from './markdown-walkthrough';

const ROOT = resolve(__dirname, '../../../..');
const DOCS = ['docs/api.md', 'docs/events.md'];
const API_PREFIX = '/api/v1';
/** The development issuer's routes exist only with AUTH_MODE=dev; the contract is production's (ADR 62). */
const DEV_ONLY = new Set(['POST /api/v1/dev/tokens']);

type Operations = Record<string, Record<string, { responses: Record<string, unknown> }>>;
const contract = JSON.parse(readFileSync(join(ROOT, 'docs/openapi.json'), 'utf8')) as { paths: Operations };

interface ApiCall {
  method: string;
  /** `/api/v1/agencies/{}/verify`: shell variables and substitutions become `{}`. */
  path: string;
}

/** Each `curl … "$API/…"` of a block: its method (-X, else POST with -d, else GET) and its path. */
function apiCalls(code: string): ApiCall[] {
  return code
    .split(/(?=\bcurl\s)/)
    .filter((command) => command.startsWith('curl'))
    .flatMap((command) => {
      const url = /"\$API(\/[^"?]*)/.exec(command);
      if (!url) return [];
      const explicit = /\s-X\s*([A-Z]+)/.exec(command)?.[1];
      const method = explicit ?? (/\s-d\s/.test(command) ? 'POST' : 'GET');
      const path = url[1].replace(/\$\([^)]*\)|\$\{?\w+\}?/g, '{}');
      return [{ method, path: `${API_PREFIX}${path}` }];
    });
}

/** The contract's path template that a call's path fills in, e.g. `/api/v1/agencies/{id}/verify`. */
function templateOf(path: string): string | undefined {
  const segments = path.split('/');
  return Object.keys(contract.paths).find((template) => {
    const parts = template.split('/');
    return (
      parts.length === segments.length &&
      parts.every((part, i) => part === segments[i] || (/^\{\w+\}$/.test(part) && segments[i] === '{}'))
    );
  });
}

/** The statuses an output shows: a status line (`HTTP/1.1 412 …`) or a problem's `"status": 412`. */
function statusesShown(step: WalkthroughStep): number[] {
  const text = step.expected?.text ?? '';
  return [...text.matchAll(/HTTP\/[\d.]+ (\d{3})|"status":\s*(\d{3})/g)].map((m) => Number(m[1] ?? m[2]));
}

describe('the routes the walkthroughs call are in the OpenAPI contract (docs/openapi.json)', () => {
  const steps = DOCS.flatMap((doc) =>
    walkthroughSteps(readFileSync(join(ROOT, doc), 'utf8')).map((step) => ({ doc, step })),
  );
  const calls = steps.flatMap(({ doc, step }) =>
    apiCalls(step.code).map((call) => ({ doc, step, call, template: templateOf(call.path) })),
  );

  it('everyCall_IsAnOperationOfTheContract', () => {
    const missing = calls
      .filter(({ call }) => !DEV_ONLY.has(`${call.method} ${call.path}`))
      .filter(({ call, template }) => !template || !contract.paths[template][call.method.toLowerCase()])
      .map(({ doc, step, call }) => `${doc}:${step.line} ${call.method} ${call.path}`);

    expect(calls.length).toBeGreaterThanOrEqual(30);
    expect(missing).toEqual([]);
  });

  it('everyStatusShown_IsOneTheCalledOperationDeclares', () => {
    const undeclared = steps.flatMap(({ doc, step }) => {
      const operations = apiCalls(step.code)
        .map((call) => ({ call, template: templateOf(call.path) }))
        .filter(({ template }) => template)
        .map(({ call, template }) => contract.paths[template!][call.method.toLowerCase()]);
      return statusesShown(step)
        .filter((status) => !operations.some((o) => o?.responses[String(status)]))
        .map((status) => `${doc}:${step.line} shows ${status}`);
    });

    expect(steps.some(({ step }) => statusesShown(step).includes(412))).toBe(true);
    expect(undeclared).toEqual([]);
  });
});
