/**
 * Sums the self time of a V8 CPU profile (`node --cpu-prof`) per function and per file or
 * package, to see where a request's time goes.
 *
 *   node dist/.bench/bench/tools/profile-summary.js <file.cpuprofile> [--top 25] [--skip-ms 5000] [--no-idle]
 *
 * `--skip-ms` leaves out the first milliseconds (start-up); `--no-idle` leaves out idle samples.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, ...rest] = process.argv.slice(2);
const flag = (name: string) => (rest.includes(name) ? Number(rest[rest.indexOf(name) + 1]) : undefined);
const top = flag('--top') ?? 25;
const skipUs = (flag('--skip-ms') ?? 0) * 1000;
const noIdle = rest.includes('--no-idle');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
let elapsedUs = 0;
profile.samples.forEach((id, i) => {
  elapsedUs += profile.timeDeltas[i] ?? 0;
  if (elapsedUs < skipUs) return;
  if (noIdle && ['(idle)', '(program)'].includes(byId.get(id)!.callFrame.functionName)) return;
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

function where(url: string): string {
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

const perFunction = new Map<string, number>();
const perPlace = new Map<string, number>();
for (const [id, us] of selfUs) {
  const node = byId.get(id)!;
  const { functionName, url, lineNumber } = node.callFrame;
  const place = where(url);
  const fn = `${functionName || '(anonymous)'} ${place}${url ? `:${lineNumber + 1}` : ''}`;
  perFunction.set(fn, (perFunction.get(fn) ?? 0) + us);
  perPlace.set(place, (perPlace.get(place) ?? 0) + us);
}

const show = (title: string, map: Map<string, number>) => {
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
