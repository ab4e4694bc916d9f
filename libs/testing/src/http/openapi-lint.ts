import { execFile } from 'node:child_process';

export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  pointer?: string;
}

// @redocly/openapi-core is an ES module, which jest (CommonJS here) cannot load: a child process does.
const LINT_SCRIPT = `
import { createConfig, lintFromString } from '@redocly/openapi-core';
let source = '';
for await (const chunk of process.stdin) source += chunk;
const config = await createConfig({ extends: ['recommended'] });
const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
process.stdout.write(JSON.stringify(problems.map((p) => ({
  ruleId: p.ruleId, severity: p.severity, message: p.message, pointer: p.location?.[0]?.pointer,
}))));
`;

/** Lints an OpenAPI document with Redocly's `recommended` rules (what `redocly lint` runs). */
export function lintOpenApi(document: unknown, cwd = process.cwd()): Promise<LintProblem[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', LINT_SCRIPT],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`redocly lint failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout) as LintProblem[]);
      },
    );
    child.stdin?.end(JSON.stringify(document));
  });
}
