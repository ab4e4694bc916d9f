/**
 * Sums the self time of a V8 CPU profile (`node --cpu-prof`) per function and per file or
 * package, to see where a request's time goes.
 *
 *   node dist/.bench/bench/tools/profile-summary.js <file.cpuprofile> [--top 25]
 */ 'use strict';
Object.defineProperty(exports, '__esModule', {
  value: true,
});
const _nodefs = require('node:fs');
const [file, ...rest] = process.argv.slice(2);
const top = Number(rest[rest.indexOf('--top') + 1] ?? 25) || 25;
const profile = JSON.parse((0, _nodefs.readFileSync)(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
function where(url) {
  if (!url) return '(native/V8)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return url;
  const m = /\/(apps|libs|bench)\/(.+)$/.exec(url);
  return m ? `${m[1]}/${m[2]}` : url;
}
const perFunction = new Map();
const perPlace = new Map();
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  const { functionName, url, lineNumber } = node.callFrame;
  const place = where(url);
  const fn = `${functionName || '(anonymous)'} ${place}${url ? `:${lineNumber + 1}` : ''}`;
  perFunction.set(fn, (perFunction.get(fn) ?? 0) + us);
  perPlace.set(place, (perPlace.get(place) ?? 0) + us);
}
const show = (title, map) => {
  process.stdout.write(`\n${title}\n`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(
      `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}\n`,
    );
  }
};
process.stdout.write(`total sampled: ${(total / 1e6).toFixed(2)} s\n`);
show('self time by file or package', perPlace);
show('self time by function', perFunction);

//# sourceMappingURL=profile-summary.js.map
