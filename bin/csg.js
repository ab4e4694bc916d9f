#!/usr/bin/env node
// `csg`, the operator CLI (docs/adr/0076): runs the build output, which `npm run build` (swc)
// writes to dist/. The npm scripts that call it build first; run by hand, build once yourself.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', 'dist', 'apps', 'embedded', 'src', 'cli', 'csg.cli.js');
if (!existsSync(entry)) {
  process.stderr.write('csg: not built yet: run `npm run build` first (it writes dist/)\n');
  process.exit(1);
}
void require(entry).main(process.argv.slice(2));
