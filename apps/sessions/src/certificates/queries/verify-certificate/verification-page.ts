import { createHash } from 'node:crypto';
import escapeHtml from 'escape-html';
import type { CertificateVerificationView } from './certificate-verification.view';

/** The page's one style sheet, fixed, so the policy can allow exactly it by its hash. */
const STYLE =
  'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:36em;margin:2em auto;padding:0 1em;color:#1a1a1a;background:#fff}' +
  'h1{font-size:1.5em}.status{font-size:1.25em;padding:.5em .75em;border-left:.4em solid}' +
  '.valid{border-color:#1b6e20}.revoked,.unknown{border-color:#b00020}' +
  'dt{font-weight:bold}dd{margin:0 0 .75em 0}footer{margin-top:2em;font-size:.9em;color:#444}';

/**
 * No script, nothing loaded, no form, no framing: the one inline style by its hash (a phone that
 * scans the QR code opens this page; anything injected into it could not run or load).
 */
export const VERIFICATION_PAGE_CSP =
  `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; ` +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Whether `Accept` ranks `text/html` above JSON: a browser's does (`text/html,…,*\/*;q=0.8`); an API
 * client's, curl's `*\/*` and a missing header do not, and a tie goes to JSON.
 */
export function prefersHtml(accept: string | undefined): boolean {
  let html = 0;
  let json = 0;
  for (const range of (accept ?? '').split(',')) {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const q = Number(parameters.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    const weight = Number.isFinite(q) ? q : 0;
    if (type === 'text/html' || type === 'text/*') html = Math.max(html, weight);
    if (type === 'application/json' || type === 'application/*' || type === '*/*')
      json = Math.max(json, weight);
  }
  return html > json;
}

function page(title: string, body: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>`,
    `<body><main><h1>Certificate of attendance</h1>${body}</main>`,
    '<footer>CyberSecureGov: Cyber Guidelines Initiative, National CERT</footer></body></html>',
  ].join('');
}

/** The answer for a browser: the same facts as the JSON, as a small accessible page. */
export function verificationPage(view: CertificateVerificationView | null): string {
  if (view === null) {
    return page(
      'Certificate not found',
      '<p class="status unknown"><strong>Not found.</strong> No certificate has this code. Check it against the code printed on the certificate.</p>',
    );
  }
  if (!view.valid) {
    return page(
      'Certificate revoked',
      '<p class="status revoked"><strong>Revoked.</strong> This certificate was revoked: it no longer attests attendance.</p>',
    );
  }
  return page(
    'Certificate valid',
    '<p class="status valid"><strong>Valid.</strong> CyberSecureGov issued this certificate.</p><dl>' +
      `<dt>Name</dt><dd>${escapeHtml(view.name ?? '')}</dd>` +
      `<dt>Session</dt><dd>Session ${view.sessionSequence}: ${escapeHtml(view.sessionTitle ?? '')}</dd>` +
      `<dt>Date</dt><dd><time datetime="${view.sessionDate}">${readableDate(view.sessionDate!)}</time></dd></dl>`,
  );
}

/** `2026-12-10` → `10 December 2026` (the date is already the session's local one). */
function readableDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}
