import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitFor } from '@csg/testing/wait-for';
import { startEmbeddedTestPlatform, type EmbeddedTestPlatform } from '../platform-test-harness';
import { BashSession } from './bash-session';
import { outputMismatch, walkthroughSteps, type WalkthroughStep } from './markdown-walkthrough';

const ROOT = resolve(__dirname, '../../../..');
const EVENTUALLY_MS = 30_000;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

function describeFailure(doc: string, step: WalkthroughStep, why: string, output: string): Error {
  return new Error(
    `${doc}:${step.line}: ${why}\n--- command ---\n${step.code}\n--- the document shows ---\n` +
      `${step.expected?.text ?? '(nothing)'}\n--- it printed ---\n${output}`,
  );
}

/**
 * docs/api.md and docs/events.md, run as a reader runs them: each bash block with real bash, curl
 * and jq against the embedded platform (the same one `npm start` runs, on test databases), the
 * webhook receiver with node and the standardwebhooks package, and every output compared with
 * what the document shows (markdown-walkthrough.ts says how). Every answer is also checked
 * against the served OpenAPI document (the harness does, ADR 21).
 */
describe('the walkthroughs in docs/, run as written', () => {
  let platform: EmbeddedTestPlatform;
  let shell: BashSession;
  let workdir: string;
  let substitutions: Array<[RegExp, string]>;
  let allowedHosts: string | undefined;
  const backgrounds: Array<{ doc: string; step: WalkthroughStep; log: string }> = [];

  beforeAll(async () => {
    for (const tool of ['curl', 'jq'])
      try {
        execFileSync('bash', ['-c', `command -v ${tool}`]);
      } catch {
        throw new Error(`the walkthroughs need ${tool} (apt-get install ${tool})`);
      }
    // The receiver in docs/events.md listens on 127.0.0.1, which webhooks may reach only when
    // allowed; the document says to start the platform with the same setting.
    allowedHosts = process.env.WEBHOOK_ALLOW_HOSTS;
    process.env.WEBHOOK_ALLOW_HOSTS = '127.0.0.1';
    platform = await startEmbeddedTestPlatform('docs_walkthrough');
    const receiverPort = await freePort();
    substitutions = [
      [/http:\/\/localhost:3000/g, platform.baseUrl],
      [/\b4000\b/g, String(receiverPort)],
    ];
    workdir = mkdtempSync(join(tmpdir(), 'csg-docs-'));
    symlinkSync(join(ROOT, 'node_modules'), join(workdir, 'node_modules'));
    shell = BashSession.start(workdir);
  });

  afterAll(async () => {
    shell?.stop();
    await platform?.stop();
    if (workdir) rmSync(workdir, { recursive: true, force: true });
    if (allowedHosts === undefined) delete process.env.WEBHOOK_ALLOW_HOSTS;
    else process.env.WEBHOOK_ALLOW_HOSTS = allowedHosts;
  });

  /** The step with this machine's addresses for the document's localhost:3000 and receiver port 4000. */
  function onThisMachine(step: WalkthroughStep): WalkthroughStep {
    const substituted = (text: string) => substitutions.reduce((t, [from, to]) => t.replace(from, to), text);
    const expected = step.expected && { ...step.expected, text: substituted(step.expected.text) };
    return { ...step, code: substituted(step.code), expected };
  }

  async function runStep(doc: string, step: WalkthroughStep): Promise<void> {
    if (step.kind === 'file') {
      writeFileSync(join(workdir, step.fileName!), step.code);
      return;
    }
    if (step.kind === 'background') {
      const log = join(workdir, `background-${backgrounds.length + 1}.log`);
      await shell.run(`{\n${step.code}\n} > '${log}' 2>&1 &`);
      backgrounds.push({ doc, step, log });
      // As a reader does: go on once it has printed something (a server: that it listens).
      await waitFor(() => existsSync(log) && readFileSync(log, 'utf8').trim() !== '', {
        what: `${doc}:${step.line}: the background command's first output`,
      });
      return;
    }
    const deadline = Date.now() + (step.eventually ? EVENTUALLY_MS : 0);
    for (;;) {
      const { stdout, stderr } = await shell.run(step.code);
      const mismatch =
        (stderr !== '' ? `it wrote to stderr: ${stderr}` : undefined) ??
        (step.expected && outputMismatch(step.expected, stdout));
      if (!mismatch) return;
      if (Date.now() > deadline) throw describeFailure(doc, step, mismatch, stdout);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  async function walk(doc: string): Promise<WalkthroughStep[]> {
    const steps = walkthroughSteps(readFileSync(join(ROOT, doc), 'utf8'));
    for (const step of steps) if (step.kind !== 'skip') await runStep(doc, onThisMachine(step));
    return steps;
  }

  it('docs/api.md: every command answers what the document shows', async () => {
    const steps = await walk('docs/api.md');

    expect(steps.filter((s) => s.kind === 'run' && s.expected).length).toBeGreaterThanOrEqual(15);
  });

  it('docs/events.md: the feed, the stream and a verified webhook delivery, as the document shows', async () => {
    const steps = await walk('docs/events.md');

    expect(steps.filter((s) => s.kind === 'run' && s.expected).length).toBeGreaterThanOrEqual(5);
    for (const { doc, step, log } of backgrounds.filter((b) => b.step.expected))
      await waitFor(() => !outputMismatch(step.expected!, readFileSync(log, 'utf8')), {
        timeoutMs: EVENTUALLY_MS,
        what: `${doc}:${step.line}: the background command's output as the document shows it`,
      }).catch(() => {
        throw describeFailure(doc, step, 'its output never matched', readFileSync(log, 'utf8'));
      });
  });
});
