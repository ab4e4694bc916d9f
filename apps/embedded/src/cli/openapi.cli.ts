import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApiContract, OPENAPI_CONTRACT_PATH, serialiseContract } from '../openapi/openapi-contract';

/** `npm run openapi [-- <file>]`: writes the OpenAPI contract built from the code (default docs/openapi.json). */
async function main(): Promise<void> {
  const target = resolve(process.argv[2] ?? OPENAPI_CONTRACT_PATH);
  const document = await buildOpenApiContract();
  writeFileSync(target, serialiseContract(document));
  const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  process.stdout.write(
    `wrote ${operations} operations on ${Object.keys(document.paths).length} paths to ${target}\n`,
  );
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
