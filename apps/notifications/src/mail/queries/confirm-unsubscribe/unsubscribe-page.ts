import escapeHtml from 'escape-html';
import type { UnsubscribedView } from '../../commands/unsubscribe/unsubscribed.view';

/** The page's policy: its own inline style, and a form that posts back to this service only. */
export const UNSUBSCRIBE_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** A confirmation page whose one button sends the same one-click POST a mail provider sends. */
export function unsubscribePage(token: string, view: UnsubscribedView): string {
  const categories = view.categories.map((c) => c.toLowerCase()).join(', ');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Unsubscribe</title></head>',
    '<body style="font-family:sans-serif;max-width:40em;margin:2em auto">',
    `<h1>Stop these e-mails?</h1><p>This turns off your CyberSecureGov notifications about: ${escapeHtml(categories)}.`,
    ' You can turn them on again in your preferences.</p>',
    `<form method="post" action="unsubscribe?token=${escapeHtml(encodeURIComponent(token))}">`,
    '<input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button>',
    '</form></body></html>',
  ].join('');
}
