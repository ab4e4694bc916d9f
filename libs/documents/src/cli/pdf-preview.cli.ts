import { readFileSync, writeFileSync } from 'node:fs';
import { firstPagePng } from '../preview/first-page-png';

// Usage: node dist/libs/documents/src/cli/pdf-preview.cli.js <in.pdf> <out.png> [width]
const [input, output, width] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: pdf-preview <in.pdf> <out.png> [width in pixels, 800]\n');
  process.exit(2);
}
writeFileSync(output, firstPagePng(readFileSync(input), width ? Number(width) : undefined));
