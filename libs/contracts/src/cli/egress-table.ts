import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PLATFORM_EVENTS } from '../catalogue';
import { egressTableMarkdown, withEgressTable } from '../egress-table';

const target = resolve(process.argv[2] ?? 'docs/security.md');
writeFileSync(target, withEgressTable(readFileSync(target, 'utf8'), egressTableMarkdown(PLATFORM_EVENTS)));
process.stdout.write(`wrote the egress rules of ${PLATFORM_EVENTS.length} event types to ${target}\n`);
