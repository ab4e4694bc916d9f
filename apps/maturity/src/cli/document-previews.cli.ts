import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksToPdf, firstPagePng, renderPdf } from '@csg/documents';
import {
  storyImpactReport,
  storyMaturityReport,
  storyProfileFacts,
  storyProgrammeFacts,
} from '../../test/documents/document-story.fixture';
import { profileBlocks } from '../documents/infrastructure/profile-blocks';
import { profileRadar } from '../documents/infrastructure/profile-charts';
import { programmeBlocks } from '../documents/infrastructure/programme-blocks';
import { impactReportChart, maturityReportChart } from '../documents/infrastructure/report-charts';

/**
 * The pictures of docs/reports.md, from the documents' own renderers and the story the tests
 * tell: `npm run docs:reports` (needs poppler-utils' pdftoppm). Writes docs/reports/.
 */
async function main(): Promise<void> {
  const folder = join(process.cwd(), 'docs', 'reports');
  mkdirSync(folder, { recursive: true });
  const profile = storyProfileFacts();
  const programme = storyProgrammeFacts();
  const pdfs = {
    'profile.pdf': await renderPdf({
      title: `Maturity profile: ${profile.assessment.agencyName}`,
      marking: profile.marking,
      createdAt: profile.generatedAt,
      content: blocksToPdf(profileBlocks(profile)),
    }),
    'programme.pdf': await renderPdf({
      title: `Programme report ${programme.period.from} to ${programme.period.to}`,
      marking: programme.marking,
      createdAt: programme.generatedAt,
      content: blocksToPdf(programmeBlocks(programme)),
    }),
  };
  for (const [name, pdf] of Object.entries(pdfs)) {
    writeFileSync(join(folder, name.replace('.pdf', '-page-1.png')), firstPagePng(pdf, 700));
    process.stdout.write(`${name}: ${pdf.length} bytes\n`);
  }
  const svgs = {
    'profile-radar.svg': profileRadar(profile.profile, profile.assessment.agencyName).svg,
    'maturity-by-sector.svg': maturityReportChart(storyMaturityReport(), profile.assessment.campaignName!)
      .svg,
    'impact.svg': impactReportChart(storyImpactReport(), 'Network monitoring with open-source sensors').svg,
  };
  for (const [name, svg] of Object.entries(svgs)) writeFileSync(join(folder, name), svg);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
