import type { Content } from 'pdfmake/interfaces';
import type { TlpMarking } from '@csg/auth/tlp';
import { renderPdf } from '@csg/documents';
import { printedVerificationCode } from '../../domain/verification-code.value-object';
import { localHours, longLocalDate } from '../session-dates';
import { verificationQrSvg } from './verification-qr-code';

/**
 * A certificate names a person, so it is not TLP:CLEAR; it is meant to be shown to the person's
 * agency and the community's other members (an employer, a training record), not published:
 * TLP:GREEN, the sessions' own marking (ADR 80).
 */
export const CERTIFICATE_MARKING: TlpMarking = 'TLP:GREEN';

/** Everything a certificate of attendance says. */
export interface CertificateFacts {
  participantName: string;
  agencyName: string;
  session: {
    sequence: number;
    title: string;
    startsAt: Date;
    endsAt: Date;
    timezone: string;
    mode: string;
    venue: string | null;
  };
  keynotes: string[];
  workshops: string[];
  verificationCode: string;
  verificationUrl: string;
  issuedAt: Date;
}

const QR_SIZE = 120;

function place(session: CertificateFacts['session']): string {
  if (session.mode === 'ONLINE') return 'Online';
  return session.mode === 'HYBRID' ? `${session.venue} and online` : (session.venue ?? '');
}

function programme(heading: string, titles: string[]): Content[] {
  if (titles.length === 0) return [];
  return [
    { text: heading, style: 'h2' },
    { ul: titles, margin: [0, 0, 0, 4] },
  ];
}

/** One A4 page: who attended what, where and when, the programme, and how to verify it. */
export async function renderCertificatePdf(facts: CertificateFacts): Promise<Buffer> {
  const { session } = facts;
  const qr = await verificationQrSvg(facts.verificationUrl);
  const centred = (text: string, style: object = {}): Content => ({ text, alignment: 'center', ...style });
  return renderPdf({
    title: `Certificate of attendance: session ${session.sequence}`,
    marking: CERTIFICATE_MARKING,
    createdAt: facts.issuedAt,
    content: [
      centred('CyberSecureGov: Cyber Guidelines Initiative', { style: 'subtitle', margin: [0, 24, 0, 0] }),
      centred('Certificate of attendance', { style: 'title', fontSize: 28, margin: [0, 8, 0, 28] }),
      centred('This certifies that'),
      centred(facts.participantName, { fontSize: 24, bold: true, margin: [0, 8, 0, 4] }),
      centred(`of ${facts.agencyName}`, { fontSize: 13 }),
      centred('attended', { margin: [0, 16, 0, 4] }),
      centred(`Session ${session.sequence}: ${session.title}`, { fontSize: 16, bold: true }),
      centred(
        `${longLocalDate(session.startsAt, session.timezone)}, ${localHours(session.startsAt, session.endsAt, session.timezone)}`,
        {
          margin: [0, 6, 0, 0],
        },
      ),
      centred(place(session), { margin: [0, 2, 0, 20] }),
      ...programme('Keynotes', facts.keynotes),
      ...programme('Workshops', facts.workshops),
      {
        margin: [0, 28, 0, 0],
        columns: [
          {
            width: '*',
            stack: [
              { text: 'Verify this certificate', style: 'h2', margin: [0, 0, 0, 4] },
              { text: 'Scan the code, or open:' },
              { text: facts.verificationUrl, fontSize: 8, margin: [0, 2, 0, 6] },
              {
                text: [
                  { text: 'Verification code: ', bold: true },
                  printedVerificationCode(facts.verificationCode),
                ],
              },
              {
                text: `Issued on ${longLocalDate(facts.issuedAt, session.timezone)} by the CyberSecureGov platform.`,
                style: 'small',
                margin: [0, 8, 0, 0],
              },
            ],
          },
          { width: QR_SIZE, svg: qr, fit: [QR_SIZE, QR_SIZE] },
        ],
        columnGap: 16,
      },
    ],
  });
}
