import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';

export interface BlockOutput {
  stdout: string;
  stderr: string;
}

/**
 * One bash process that runs blocks one after another, like a terminal: variables, functions,
 * the working directory and background jobs carry over. Each block ends with a marker written to
 * both streams, so its output is told from the next block's. bash runs in a process group of its
 * own, so `stop` also ends what the blocks started in the background.
 */
export class BashSession {
  private stdout = '';
  private stderr = '';
  private exited = false;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (this.stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    child.on('exit', () => (this.exited = true));
  }

  static start(cwd: string, env: NodeJS.ProcessEnv = process.env): BashSession {
    return new BashSession(spawn('bash', ['--noprofile', '--norc'], { cwd, env, detached: true }));
  }

  /** Runs `code` to its end; throws when it does not end within `timeoutMs`. */
  async run(code: string, timeoutMs = 30_000): Promise<BlockOutput> {
    const marker = `__block_end_${randomUUID()}__`;
    this.child.stdin.write(`${code}\nprintf '\\n%s\\n' '${marker}'; printf '\\n%s\\n' '${marker}' >&2\n`);
    const deadline = Date.now() + timeoutMs;
    while (!(this.stdout.includes(marker) && this.stderr.includes(marker))) {
      if (this.exited) throw new Error(`bash exited while running:\n${code}`);
      if (Date.now() > deadline) throw new Error(`did not end within ${timeoutMs} ms:\n${code}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const take = (buffer: string) => {
      const end = buffer.indexOf(marker);
      return { text: buffer.slice(0, end).replace(/\n$/, ''), rest: buffer.slice(end + marker.length + 1) };
    };
    const out = take(this.stdout);
    const err = take(this.stderr);
    this.stdout = out.rest;
    this.stderr = err.rest;
    return { stdout: out.text, stderr: err.text };
  }

  /** Ends bash and everything it started. */
  stop(): void {
    if (this.exited || this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}
