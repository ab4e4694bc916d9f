import { blocksToPdf, renderPdf } from '@csg/documents';
import { pdfPages } from '@csg/documents/testing/read-documents';
import { storyProgrammeFacts } from '../../../test/documents/document-story.fixture';
import { programmeBlocks } from './programme-blocks';

describe('the programme report', () => {
  it('programmePdf_Always_SaysEverySectionAndCarriesTheMarkingOnEveryPage', async () => {
    const facts = storyProgrammeFacts();
    const pdf = await renderPdf({
      title: 'Programme report',
      marking: facts.marking,
      createdAt: facts.generatedAt,
      content: blocksToPdf(programmeBlocks(facts)),
    });
    const pages = await pdfPages(pdf);
    // The header is the first text of every page and the footer's label its last.
    for (const page of pages) {
      expect(page.lines[0]).toBe('TLP:AMBER+STRICT');
      expect(page.lines.at(-1)!.endsWith('TLP:AMBER+STRICT')).toBe(true);
    }
    const text = pages.map((page) => page.text).join(' ');
    for (const fact of [
      '4 sessions were completed in the period.',
      'Incident response tabletop for revenue systems',
      'PROVINCIAL 26 15 58%',
      'GV 1.20 1.40 +0.20 52, 58',
      'too few to compare',
      'Attendance is not random',
      '41 published practices you may read; 126 adoptions of them by 37 agencies',
      'District Water Board DWB DEPARTMENTAL LOCAL_GOVERNMENT 0.80 3.00 2.20',
    ])
      expect(text).toContain(fact);
  });

  it('programmePdf_WithoutABaseline_SaysThereIsNoMovementOrImpact', async () => {
    const facts = storyProgrammeFacts({ baseline: null, movement: null, impact: null });
    const content = blocksToPdf(programmeBlocks(facts));
    const text = (
      await pdfPages(
        await renderPdf({ title: 'x', marking: 'TLP:GREEN', createdAt: facts.generatedAt, content }),
      )
    )
      .map((page) => page.text)
      .join(' ');
    expect(text).toContain('none given: no movement or impact');
    expect(text).not.toContain('Impact of the sessions');
  });
});
