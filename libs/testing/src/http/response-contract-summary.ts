import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESPONSE_CONTRACT_DIR } from './response-contract';

/** At the start of a run: forget the tallies of the previous one. */
export function resetResponseContractTallies(): void {
  rmSync(RESPONSE_CONTRACT_DIR, { recursive: true, force: true });
}

/** At the end of a run: one line with how many answers the suites checked against the document. */
export function printResponseContractSummary(): void {
  if (!existsSync(RESPONSE_CONTRACT_DIR)) return;
  const tallies = readdirSync(RESPONSE_CONTRACT_DIR)
    .filter((file) => file.endsWith('.json'))
    .map(
      (file) =>
        JSON.parse(readFileSync(join(RESPONSE_CONTRACT_DIR, file), 'utf8')) as {
          validated: number;
          exempt?: number;
          violations: unknown[];
        },
    );
  if (tallies.length === 0) return;
  const validated = tallies.reduce((sum, t) => sum + t.validated, 0);
  const violations = tallies.reduce((sum, t) => sum + t.violations.length, 0);
  const exempt = tallies.reduce((sum, t) => sum + (t.exempt ?? 0), 0);
  const line =
    `response contract: ${validated} answers validated against the served OpenAPI document ` +
    `in ${tallies.length} suites, ${violations} violations ` +
    `(${exempt} answers of operations listed as not yet documented were not checked)`;
  mkdirSync(join(RESPONSE_CONTRACT_DIR, '..'), { recursive: true });
  writeFileSync(
    join(RESPONSE_CONTRACT_DIR, '..', 'response-contract.json'),
    JSON.stringify({ validated, suites: tallies.length, violations, exempt }, null, 2),
  );
  process.stdout.write(`\n${line}\n`);
  resetResponseContractTallies();
}
