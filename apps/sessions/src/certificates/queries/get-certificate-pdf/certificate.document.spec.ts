import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { pdfPageTexts } from '@csg/documents/testing/read-documents';
import { newVerificationCode, printedVerificationCode } from '../../domain/verification-code.value-object';
import { CertificateLinks } from '../../infrastructure/certificate-links';
import { renderCertificatePdf, type CertificateFacts } from './certificate.document';
import { verificationQrSvg } from './verification-qr-code';

const code = newVerificationCode();
const links = new CertificateLinks('https://csg.example.gov.pk');
const facts: CertificateFacts = {
  participantName: 'Ayesha Khan',
  agencyName: 'Higher Education Commission',
  session: {
    sequence: 8,
    title: 'Identifying and managing cyber risk',
    startsAt: new Date('2026-12-10T05:00:00Z'),
    endsAt: new Date('2026-12-10T10:00:00Z'),
    timezone: 'Asia/Karachi',
    mode: 'IN_PERSON',
    venue: 'National CERT auditorium, Islamabad',
  },
  keynotes: ['Cyber risk in the public sector'],
  workshops: ['Writing a risk register', 'From profile to roadmap'],
  verificationCode: code,
  verificationUrl: links.verificationUrl(code),
  issuedAt: new Date('2026-12-10T12:00:00Z'),
};

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
    const pages = await pdfPageTexts(pdf);
    expect(pages).toHaveLength(1);
    const text = pages[0].replace(/\s+/g, ' ');
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
    expect(text.match(/TLP:GREEN/g)).toHaveLength(2);
  });

  it('verificationQrSvg_DecodesToTheVerificationLink', async () => {
    expect(decodeQr(await verificationQrSvg(facts.verificationUrl))).toBe(
      `https://csg.example.gov.pk/api/v1/certificates/${printedVerificationCode(code)}`,
    );
  });

  it('renderCertificatePdf_ForAnOnlineSessionWithoutKeynotes_SaysOnlineAndLeavesTheHeadingOut', async () => {
    const [text] = await pdfPageTexts(
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
