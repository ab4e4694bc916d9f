import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PNG of a PDF's first page, `widthPx` wide, for the pictures in docs/. It runs poppler's
 * `pdftoppm` (Debian's poppler-utils): a developer's tool for documentation, never a server's.
 */
export function firstPagePng(pdf: Buffer, widthPx = 800): Buffer {
  const folder = mkdtempSync(join(tmpdir(), 'csg-preview-'));
  try {
    writeFileSync(join(folder, 'in.pdf'), pdf);
    execFileSync(
      'pdftoppm',
      [
        '-png',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        '-scale-to-x',
        String(widthPx),
        '-scale-to-y',
        '-1',
        'in.pdf',
        'page',
      ],
      {
        cwd: folder,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    return readFileSync(join(folder, 'page.png'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('pdftoppm was not found: install poppler-utils (apt-get install poppler-utils)');
    throw error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
