import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { stringify } from 'yaml';
import { monitoringFiles, type GeneratedFile } from '../monitoring/monitoring-files';
import { SERVICES } from '../services';

/** The file's text as committed: serialised, then formatted the way `npm run lint` checks it. */
async function render(file: GeneratedFile, target: string): Promise<string> {
  const text =
    file.format === 'json'
      ? JSON.stringify(file.content, null, 2)
      : `${(file.header ?? '')
          .split('\n')
          .map((line) => `# ${line}\n`)
          .join('')}${stringify(file.content, { lineWidth: 0 })}`;
  return format(text, { ...(await resolveConfig(target)), filepath: target });
}

/** `npm run monitoring`: writes the Grafana dashboards and the alert rules from apps/embedded/src/monitoring. */
async function main(): Promise<void> {
  const files = monitoringFiles(SERVICES.map((service) => service.name));
  for (const file of files) {
    const target = resolve(file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await render(file, target));
  }
  process.stdout.write(`wrote ${files.map((file) => file.path).join(', ')}\n`);
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
