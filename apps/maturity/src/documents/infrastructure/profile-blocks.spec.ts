import { XMLParser } from 'fast-xml-parser';
import { blocksToDocx, blocksToPdf, renderDocx, renderPdf } from '@csg/documents';
import { docxParts, docxText, pdfPages } from '@csg/documents/testing/read-documents';
import { storyProfileFacts } from '../../../test/documents/document-story.fixture';
import { profileBlocks } from './profile-blocks';
import { profileRadar } from './profile-charts';

describe('the profile document', () => {
  const facts = storyProfileFacts();

  it('profilePdf_Always_SaysTheFactsAndCarriesTheMarkingOnEveryPage', async () => {
    const pdf = await renderPdf({
      title: 'Profile',
      marking: facts.marking,
      createdAt: facts.generatedAt,
      content: blocksToPdf(profileBlocks(facts)),
    });
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    // The header is the first text of every page and the footer's label its last.
    for (const page of pages) {
      expect(page.lines[0]).toBe('TLP:AMBER');
      expect(page.lines.at(-1)!.endsWith('TLP:AMBER')).toBe(true);
    }
    const text = pages.map((page) => page.text).join(' ');
    for (const fact of [
      'Provincial Revenue Authority',
      'Programme baseline, second round (2027)',
      'NIST Cybersecurity Framework 2.0',
      'ayesha.khan, 2027-02-20',
      'cert-organiser, 2027-03-01',
      'Networks and network services are monitored',
      '2027-02-28 Central log collection for the tax portal bilal.ahmed IN_PROGRESS, OVERDUE',
      'Network monitoring on a shoestring',
      '7 agencies',
      '5 subcategories improved, 2 regressed',
      facts.profile.overall.current!.toFixed(2),
    ])
      expect(text).toContain(fact);
    for (const c of facts.profile.functions.flatMap((f) => f.categories))
      expect(text).toContain(`${c.id} ${c.name}`);
  });

  it('profileDocx_Always_SaysWhatThePdfSays', async () => {
    const docx = await renderDocx({
      title: 'Profile',
      marking: facts.marking,
      createdAt: facts.generatedAt,
      children: blocksToDocx(profileBlocks(facts)),
    });
    const parts = await docxParts(docx);
    const body = docxText(parts.get('word/document.xml')!);
    for (const fact of [
      'Provincial Revenue Authority',
      '2027-02-28 Central log collection for the tax portal bilal.ahmed IN_PROGRESS, OVERDUE',
      'Network monitoring on a shoestring',
      'DE.CM-01',
    ])
      expect(body).toContain(fact);
    expect(docxText(parts.get('word/header1.xml')!)).toContain('TLP:AMBER');
    expect(docxText(parts.get('word/footer1.xml')!)).toContain('TLP:AMBER');
    expect([...parts.keys()].filter((name) => name.startsWith('word/media/'))).toHaveLength(3);
  });

  it('profileRadar_Always_HasSixAxesAndEscapesNames', () => {
    const svg = profileRadar(facts.profile, 'R&D <Authority>').svg;
    const root = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      parseTagValue: false,
    }).parse(svg).svg;
    expect(root.title['#text']).toBe('Current and target tier per function: R&D <Authority>');
    const labels = [root.text].flat().map((t: { '#text': string }) => String(t['#text']));
    for (const fn of facts.profile.functions) expect(labels).toContain(`${fn.name} (${fn.id})`);
  });
});
