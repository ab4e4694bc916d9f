import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { pdfPages } from '@csg/documents/testing/read-documents';
import { newVerificationCode, printedVerificationCode } from '../../domain/verification-code.value-object';
import { CertificateLinks } from '../../infrastructure/certificate-links';
import { storyCertificateFacts } from '../../../../test/certificate-story.fixture';
import { renderCertificatePdf } from './certificate.document';
import { verificationQrSvg } from './verification-qr-code';

const code = newVerificationCode();
const facts = storyCertificateFacts({
  verificationCode: code,
  verificationUrl: new CertificateLinks('https://csg.example.gov.pk').verificationUrl(code),
});

/** The QR code an SVG draws, read back from its pixels. */
function decodeQr(svg: string): string | undefined {
  const image = new Resvg(svg, { fitTo: { mode: 'zoom', value: 4 }, background: '#FFFFFF' }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

describe('the certificate of attendance as a PDF', () => {
  it('renderCertificatePdf_OnOnePage_SaysWhoAttendedWhatWhereAndWhen_AndHowToVerifyIt', async () => {
    const started = performance.now();
    const pdf = await renderCertificatePdf(facts);
    const ms = performance.now() - started;
    process.stdout.write(`certificate PDF: ${pdf.length} bytes in ${ms.toFixed(0)} ms\n`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(1);
    const { text, lines } = pages[0];
    for (const fact of [
      'Certificate of attendance',
      'Ayesha Khan',
      'of Higher Education Commission',
      'Session 8: Identifying and managing cyber risk',
      'Thursday 10 December 2026, 10:00–15:00 (Asia/Karachi)',
      'National CERT auditorium, Islamabad',
      'Keynotes',
      'Cyber risk in the public sector',
      'Workshops',
      'Writing a risk register',
      'From profile to roadmap',
      printedVerificationCode(code),
      `https://csg.example.gov.pk/api/v1/certificates/${printedVerificationCode(code)}`,
    ]) {
      expect(text).toContain(fact);
    }
    expect(lines[0]).toBe('TLP:GREEN');
    expect(lines.at(-1)).toMatch(/TLP:GREEN$/);
  });

  it('verificationQrSvg_DecodesToTheVerificationLink', async () => {
    expect(decodeQr(await verificationQrSvg(facts.verificationUrl))).toBe(
      `https://csg.example.gov.pk/api/v1/certificates/${printedVerificationCode(code)}`,
    );
  });

  it('renderCertificatePdf_ForAnOnlineSessionWithoutKeynotes_SaysOnlineAndLeavesTheHeadingOut', async () => {
    const [{ text }] = await pdfPages(
      await renderCertificatePdf({
        ...facts,
        session: { ...facts.session, mode: 'ONLINE', venue: null },
        keynotes: [],
      }),
    );
    expect(text).toContain('Online');
    expect(text).not.toContain('Keynotes');
  });
});
