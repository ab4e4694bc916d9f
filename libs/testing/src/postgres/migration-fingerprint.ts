import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository root (this file is libs/testing/src/postgres/). */
const ROOT = resolve(__dirname, '..', '..', '..', '..');
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.data', '.git']);
// `import … from 'x'`, `export … from 'x'`, `import 'x'`, `import('x')`, `require('x')`; group 1 marks type-only.
const IMPORT =
  /\b(?:import|export)\s+(type\s)?\s*(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\b(?:require|import)\(\s*['"]([^'"]+)['"]\s*\)/g;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM takes migration classes as Function
type MigrationClass = Function;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : tsFiles(join(dir, entry.name));
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [join(dir, entry.name)] : [];
  });
}

let classFiles: Map<string, string> | undefined;

/**
 * Class name → the file declaring it, for every `*migration*.ts` file (the style guide's role
 * suffix) that mentions `MigrationInterface`. A class declared elsewhere counts by its text only.
 */
function migrationClassFiles(): Map<string, string> {
  classFiles ??= new Map(
    ['apps', 'libs'].flatMap((top) =>
      tsFiles(join(ROOT, top)).flatMap((file) => {
        if (!/migration[^/]*\.ts$/.test(file)) return [];
        const text = readFileSync(file, 'utf8');
        if (!text.includes('MigrationInterface')) return [];
        return [...text.matchAll(/\bclass\s+([A-Za-z_$][\w$]*)/g)].map((m) => [m[1], file] as const);
      }),
    ),
  );
  return classFiles;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** A relative or `@csg/<lib>[/<path>]` import, as a file; null for packages. */
function resolveImport(specifier: string, from: string): string | null {
  const alias = /^@csg\/([a-z-]+)(?:\/(.*))?$/.exec(specifier);
  const base = specifier.startsWith('.')
    ? resolve(dirname(from), specifier)
    : alias
      ? join(ROOT, 'libs', alias[1], 'src', alias[2] ?? '')
      : null;
  if (base === null) return null;
  return [base, `${base}.ts`, join(base, 'index.ts')].find(isFile) ?? null;
}

/** `files` and every project file they import (not type-only), transitively. */
function importClosure(files: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const pending = [...files];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (m[1]) continue;
      const target = resolveImport(m[2] ?? m[3], file);
      if (target !== null && !seen.has(target)) pending.push(target);
    }
  }
  return seen;
}

/** The files that declare `migrations` and every project file they import, sorted, relative to the root. */
export function migrationSourceFiles(migrations: readonly MigrationClass[]): string[] {
  const declaring = migrations.flatMap((migration) => migrationClassFiles().get(migration.name) ?? []);
  return [...importClosure(declaring)].map((file) => relative(ROOT, file)).sort();
}

const fingerprints = new WeakMap<readonly MigrationClass[], string>();

/**
 * 12 hex digits that change whenever the schema the migrations build can change: the order and
 * names of the migrations, each class's text, and the content of the files that declare them and
 * of every project file those import (a seed list, a shared SQL constant, a helper).
 */
export function migrationsFingerprint(migrations: readonly MigrationClass[]): string {
  const known = fingerprints.get(migrations);
  if (known) return known;
  const hash = createHash('sha256');
  for (const migration of migrations) hash.update(`${migration.name}\0${String(migration)}\0`);
  for (const file of migrationSourceFiles(migrations)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(ROOT, file)));
  }
  const fingerprint = hash.digest('hex').slice(0, 12);
  fingerprints.set(migrations, fingerprint);
  return fingerprint;
}
