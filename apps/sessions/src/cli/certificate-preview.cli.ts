import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstPagePng } from '@csg/documents';
import { storyCertificateFacts } from '../../test/certificate-story.fixture';
import { renderCertificatePdf } from '../certificates/queries/get-certificate-pdf/certificate.document';

/**
 * The certificate of attendance's picture in docs/reports.md, from its own renderer and the story
 * its tests tell: run by `npm run docs:reports` (needs poppler-utils' pdftoppm).
 */
async function main(): Promise<void> {
  const pdf = await renderCertificatePdf(storyCertificateFacts());
  writeFileSync(join(process.cwd(), 'docs', 'reports', 'certificate-page-1.png'), firstPagePng(pdf, 700));
  process.stdout.write(`certificate.pdf: ${pdf.length} bytes\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
