import { createHash } from 'node:crypto';
import { prefersHtml, VERIFICATION_PAGE_CSP, verificationPage } from './verification-page';

const valid = {
  status: 'VALID' as const,
  valid: true,
  name: 'Ayesha <b>Khan</b>',
  sessionSequence: 8,
  sessionTitle: 'Risk & roadmaps',
  sessionDate: '2026-12-10',
};

describe('the verification page', () => {
  it('prefersHtml_ForABrowser_NotForAnApiClientCurlOrNoHeader', () => {
    const browser = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
    expect(prefersHtml(browser)).toBe(true);
    expect(prefersHtml('text/html')).toBe(true);
    expect(prefersHtml('application/json')).toBe(false);
    expect(prefersHtml('*/*')).toBe(false);
    expect(prefersHtml(undefined)).toBe(false);
    expect(prefersHtml('text/html, application/json')).toBe(false);
    expect(prefersHtml('application/json;q=0.5, text/html')).toBe(true);
    expect(prefersHtml('text/html;q=0')).toBe(false);
  });

  it('verificationPage_SaysWhatTheJsonSays_Escaped_WithTheOneStyleThePolicyAllows', () => {
    const page = verificationPage(valid);
    expect(page).toContain('<strong>Valid.</strong>');
    expect(page).toContain('Ayesha &lt;b&gt;Khan&lt;/b&gt;');
    expect(page).toContain('Session 8: Risk &amp; roadmaps');
    expect(page).toContain('<time datetime="2026-12-10">10 December 2026</time>');
    expect(page).toMatch(/^<!doctype html><html lang="en">/);
    expect(page).not.toMatch(/<script|<img|<link|<form|\son\w+=/i);
    const style = /<style>(.*?)<\/style>/.exec(page)![1];
    const hash = createHash('sha256').update(style).digest('base64');
    expect(VERIFICATION_PAGE_CSP).toBe(
      `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
  });

  it('verificationPage_ForARevokedOrUnknownCode_NamesNobody', () => {
    const revoked = verificationPage({ ...valid, status: 'REVOKED', valid: false, name: null });
    expect(revoked).toContain('<strong>Revoked.</strong>');
    expect(revoked).not.toContain('Ayesha');
    expect(verificationPage(null)).toContain('<strong>Not found.</strong>');
  });
});
