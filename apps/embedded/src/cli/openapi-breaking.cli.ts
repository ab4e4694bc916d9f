import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { breakingChanges } from '@csg/testing/http/openapi-breaking';
import { buildOpenApiContract, OPENAPI_CONTRACT_PATH } from '../openapi/openapi-contract';

const git = (...args: string[]): string | null => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

/** `--base <ref>`, else `OPENAPI_BASE_REF`, else where this branch left origin/main (or main). */
function baseRef(argv: readonly string[]): string | null {
  const flag = argv.indexOf('--base');
  if (flag >= 0 && argv[flag + 1]) return argv[flag + 1];
  if (process.env.OPENAPI_BASE_REF?.trim()) return process.env.OPENAPI_BASE_REF.trim();
  for (const main of ['origin/main', 'main']) {
    const base = git('merge-base', 'HEAD', main);
    if (base) return base;
  }
  return null;
}

/**
 * `npm run openapi:breaking [-- --base <ref>]`: fails when the document the code builds breaks
 * the contract committed in docs/openapi.json at the merge base (a removed route, field or enum
 * value, a newly required request field, a changed type; ADR 62).
 */
async function main(): Promise<number> {
  const base = baseRef(process.argv.slice(2));
  const committed = base ? git('show', `${base}:${OPENAPI_CONTRACT_PATH}`) : null;
  if (!base || !committed) {
    process.stdout.write(`no ${OPENAPI_CONTRACT_PATH} at ${base ?? 'the merge base'}: nothing to compare\n`);
    return 0;
  }
  const breaks = breakingChanges(JSON.parse(committed) as object, await buildOpenApiContract());
  if (breaks.length === 0) {
    process.stdout.write(`the API keeps the contract of ${OPENAPI_CONTRACT_PATH} at ${base.slice(0, 12)}\n`);
    return 0;
  }
  process.stderr.write(
    `${breaks.length} change(s) break the contract of ${OPENAPI_CONTRACT_PATH} at ${base.slice(0, 12)}:\n` +
      breaks.map((line) => `  - ${line}\n`).join('') +
      'Extend the API instead (a new field, route or value); see docs/adr/0062.\n',
  );
  return 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
