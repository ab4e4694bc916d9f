import type { ParticipationReportView } from './participation-report.view';

const COLUMNS = [
  'group',
  'sessionId',
  'sequence',
  'sessionTitle',
  'startsAt',
  'sessionStatus',
  'agencyId',
  'agencyAcronym',
  'agencyName',
  'tier',
  'sector',
  'registered',
  'confirmed',
  'waitlisted',
  'cancelled',
  'attended',
] as const;

/**
 * RFC 4180 fields: quoted when they hold a comma, quote or line break. Text that a spreadsheet
 * would run as a formula (starting with = + - @ or a tab) is prefixed with `'`.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The same figures as the JSON report: one line per session and agency, then per tier and per sector. */
export function participationCsv(report: ParticipationReportView): string {
  const lines = [COLUMNS.join(',')];
  const line = (values: Record<string, unknown>) =>
    lines.push(COLUMNS.map((c) => csvField(values[c])).join(','));
  for (const row of report.rows) line({ group: 'SESSION_AGENCY', ...row });
  for (const row of report.byTier) line({ group: 'TIER', tier: row.key, ...row });
  for (const row of report.bySector) line({ group: 'SECTOR', sector: row.key, ...row });
  return `${lines.join('\r\n')}\r\n`;
}
