/**
 * Reads a walkthrough in Markdown (docs/api.md, docs/events.md) as a script, so the document is
 * tested as a reader would use it:
 *
 * - every ```bash block runs, in order, in one bash session (variables and files carry over);
 * - the fenced block right after a bash block (only blank lines between, no marker) is what it
 *   prints: a ```json block is compared as JSON, any other line by line, in order, with lines
 *   of the output left out where the document leaves them out;
 * - `…` stands for anything: a whole line of `…` for lines left out, `…` inside a line or a JSON
 *   string for any text;
 * - an HTML comment `<!-- doc-test: … -->` right before a block changes how it is taken:
 *   `skip` (not run, e.g. it needs Keycloak), `file <name>` (written to that file, not run),
 *   `background` (started in the background, like a second terminal; what it prints is checked at
 *   the end), `eventually` (run again until its output matches, for what happens asynchronously).
 */
export type StepKind = 'run' | 'background' | 'file' | 'skip';

export interface WalkthroughStep {
  kind: StepKind;
  /** The block's text, without the fence. */
  code: string;
  /** The line of the opening fence (1-based), for messages. */
  line: number;
  /** `file` steps: where the block goes. */
  fileName?: string;
  /** `run` and `background` steps: what the block prints, as the document shows it. */
  expected?: { format: 'json' | 'lines'; text: string };
  /** Run again until the output matches (with a deadline). */
  eventually: boolean;
}

interface FencedBlock {
  info: string;
  code: string;
  line: number;
  markers: string[];
  /** Only blank lines since the end of the previous block. */
  followsPreviousBlock: boolean;
}

const FENCE = /^(\s*)```\s*([^\s`]*)[^`]*$/;
const MARKER = /^\s*<!--\s*doc-test:\s*(.*?)\s*-->\s*$/;

function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split('\n');
  const blocks: FencedBlock[] = [];
  let markers: string[] = [];
  let onlyBlankSinceBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) {
      const marker = MARKER.exec(lines[i]);
      if (marker) markers = marker[1].split(',').map((m) => m.trim());
      else if (lines[i].trim() !== '') markers = [];
      if (lines[i].trim() !== '') onlyBlankSinceBlock = false;
      continue;
    }
    const indent = open[1].length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++) body.push(lines[j].slice(indent));
    if (j === lines.length) throw new Error(`unclosed code block at line ${i + 1}`);
    blocks.push({
      info: open[2],
      code: body.join('\n'),
      line: i + 1,
      markers,
      followsPreviousBlock: onlyBlankSinceBlock,
    });
    markers = [];
    onlyBlankSinceBlock = true;
    i = j;
  }
  return blocks;
}

function kindOf(markers: string[]): { kind: StepKind; fileName?: string; eventually: boolean } {
  const words = markers.map((m) => m.split(/\s+/));
  const file = words.find((w) => w[0] === 'file');
  const has = (word: string) => words.some((w) => w[0] === word);
  if (has('skip')) return { kind: 'skip', eventually: false };
  if (file) return { kind: 'file', fileName: file[1], eventually: false };
  return { kind: has('background') ? 'background' : 'run', eventually: has('eventually') };
}

/** The steps of a walkthrough, in document order. */
export function walkthroughSteps(markdown: string): WalkthroughStep[] {
  const steps: WalkthroughStep[] = [];
  for (const block of fencedBlocks(markdown)) {
    const previous = steps.at(-1);
    const isOutput =
      block.info !== 'bash' &&
      block.markers.length === 0 &&
      block.followsPreviousBlock &&
      (previous?.kind === 'run' || previous?.kind === 'background') &&
      previous.expected === undefined;
    if (isOutput) {
      previous.expected = { format: block.info === 'json' ? 'json' : 'lines', text: block.code };
      continue;
    }
    const { kind, fileName, eventually } = kindOf(block.markers);
    if (kind === 'file' || block.info === 'bash')
      steps.push({ kind, code: block.code, line: block.line, fileName, eventually });
  }
  return steps;
}

const ELLIPSIS = '…';

function pattern(expected: string): RegExp {
  const parts = expected.split(ELLIPSIS).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`, 's');
}

function meaningfulLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The expected lines, in order, among the output's (others may come between); `…` is anything. */
function matchLines(expected: string, actual: string): string | undefined {
  const got = meaningfulLines(actual);
  let at = 0;
  for (const line of meaningfulLines(expected)) {
    if (line === ELLIPSIS) continue;
    const wanted = pattern(line);
    while (at < got.length && !wanted.test(got[at])) at++;
    if (at === got.length) return `no line matching ${JSON.stringify(line)} (in order)`;
    at++;
  }
  return undefined;
}

function matchJsonValue(expected: unknown, actual: unknown, path: string): string | undefined {
  if (typeof expected === 'string' && expected.includes(ELLIPSIS))
    return typeof actual === 'string' && pattern(expected).test(actual)
      ? undefined
      : `${path}: ${JSON.stringify(actual)} does not match ${JSON.stringify(expected)}`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      return `${path}: ${JSON.stringify(actual)} is not an array of ${expected.length}`;
    for (let i = 0; i < expected.length; i++) {
      const mismatch = matchJsonValue(expected[i], actual[i], `${path}[${i}]`);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return `${path}: ${JSON.stringify(actual)} is not an object`;
    const keys = (o: object) => Object.keys(o).sort().join(',');
    if (keys(expected) !== keys(actual)) return `${path}: fields ${keys(actual)}, not ${keys(expected)}`;
    for (const [key, value] of Object.entries(expected)) {
      const mismatch = matchJsonValue(value, (actual as Record<string, unknown>)[key], `${path}.${key}`);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  return Object.is(expected, actual)
    ? undefined
    : `${path}: ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`;
}

/** Why the output differs from what the document shows, or undefined when it matches. */
export function outputMismatch(
  expected: NonNullable<WalkthroughStep['expected']>,
  actual: string,
): string | undefined {
  if (expected.format === 'lines') return matchLines(expected.text, actual);
  let parsed: unknown;
  try {
    parsed = JSON.parse(actual);
  } catch {
    return `the output is not one JSON document`;
  }
  return matchJsonValue(JSON.parse(expected.text), parsed, '$');
}
