import { MultiBar, Presets } from 'cli-progress';
import type { SeedObserver, SeedResult } from './seed-demo';

const count = (record: Record<string, number>) => Object.values(record).reduce((sum, n) => sum + n, 0);
const listed = (record: Record<string, number>) =>
  Object.entries(record)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');

/** What a seed run did, in a few lines for a person. */
export function describeSeedResult(result: SeedResult): string[] {
  const seconds = (result.ms / 1000).toFixed(1);
  const lines = result.changed
    ? [
        `seeded the demo in ${seconds} s: created ${listed(result.created) || 'nothing new'}` +
          (count(result.existing) > 0 ? `; already there: ${listed(result.existing)}` : ''),
      ]
    : [`nothing to do: the demo data is already there (${listed(result.existing)}; checked in ${seconds} s)`];
  lines.push(
    `maturity report of the follow-up campaign, as an agency member: ${result.maturityGroupsShown} groups shown; ` +
      `impact of session 8: ${result.impactVerdict}`,
  );
  return lines;
}

/**
 * Progress on a terminal: a bar over the seed's steps (notes above it); elsewhere (a pipe, a log
 * file) one line per step.
 */
export function terminalSeedObserver(
  out: NodeJS.WriteStream = process.stdout,
): SeedObserver & { stop(): void } {
  if (!out.isTTY) {
    return {
      step: ({ index, total, title }) => out.write(`seed demo: [${index}/${total}] ${title}\n`),
      note: (text) => out.write(`seed demo: ${text}\n`),
      stop: () => undefined,
    };
  }
  const bars = new MultiBar(
    { format: 'seed demo [{bar}] {value}/{total} {title}', hideCursor: true, stream: out },
    Presets.shades_classic,
  );
  let bar: ReturnType<MultiBar['create']> | undefined;
  return {
    step: ({ index, total, title }) => {
      bar ??= bars.create(total, 0, { title });
      bar.update(index - 1, { title });
    },
    note: (text) => bars.log(`${text}\n`),
    stop: () => {
      bar?.update(bar.getTotal(), { title: 'done' });
      bars.stop();
    },
  };
}
