import type { IntegrationEventDefinition } from './integration-event.definition';

const AUDIENCE_WORDS = {
  nobody: 'nobody',
  platform: "the platform's clients",
  owner: 'owning agency (+ platform)',
  readers: 'readers of the thing',
  cleared: 'everyone cleared',
} as const;

export const EGRESS_TABLE_START =
  '<!-- egress-table:start (npm run docs:egress writes it from libs/contracts) -->';
export const EGRESS_TABLE_END = '<!-- egress-table:end -->';

/**
 * docs/security.md's "What leaves the platform, and to whom": one table per service, one row per
 * event type, written from the egress declarations so the document cannot drift from the code.
 */
export function egressTableMarkdown(definitions: readonly IntegrationEventDefinition[]): string {
  const byService = new Map<string, IntegrationEventDefinition[]>();
  for (const d of [...definitions].sort((a, b) => a.type.localeCompare(b.type))) {
    const service = d.type.split('.')[1];
    byService.set(service, [...(byService.get(service) ?? []), d]);
  }
  const sections = [...byService.entries()].map(([service, types]) => {
    const rows = types.map((d) => {
      const rule = d.egress;
      if (!rule) return `| \`${d.type}\` | nobody (undeclared) | — | — | never leaves |`;
      const marking = rule.marking ?? 'its `tlp`';
      const personal = rule.personalFields?.length
        ? rule.personalFields.map((f) => `\`${f}\``).join(', ')
        : '—';
      return `| \`${d.type}\` | ${AUDIENCE_WORDS[rule.to]} | ${marking} | ${personal} | ${rule.summary.replace(/\|/g, '\\|')} |`;
    });
    return [
      `#### ${service}`,
      '',
      '| event type | who may receive it | marking | personal data (own agency only) | rule |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return [
    EGRESS_TABLE_START,
    '<!-- prettier-ignore-start -->',
    '',
    ...sections.flatMap((s) => [s, '']),
    '<!-- prettier-ignore-end -->',
    EGRESS_TABLE_END,
  ].join('\n');
}

/** `document` with its egress table replaced by `table` (appended when it has none). */
export function withEgressTable(document: string, table: string): string {
  const start = document.indexOf(EGRESS_TABLE_START);
  const end = document.indexOf(EGRESS_TABLE_END);
  if (start < 0 || end < start) return `${document.trimEnd()}\n\n${table}\n`;
  return document.slice(0, start) + table + document.slice(end + EGRESS_TABLE_END.length);
}
