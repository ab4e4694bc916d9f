import type { QueryBus } from '@nestjs/cqrs';
import type { EntityManager } from 'typeorm';
import type { Principal, TlpMarking } from '@csg/auth';
import { highestMarking } from '@csg/documents';
import { callerOf } from '../../../access/caller.util';
import { ImpactReportQuery } from '../../../reports/queries/impact-report/impact-report.query';
import type { ImpactReportView } from '../../../reports/queries/impact-report/impact-report.view';
import { MaturityReportQuery } from '../../../reports/queries/maturity-report/maturity-report.query';
import type { MaturityReportView } from '../../../reports/queries/maturity-report/maturity-report.view';
import { ProgrammeReader } from '../../infrastructure/programme.reader';
import {
  PROGRAMME_BEHIND,
  PROGRAMME_IMPACT_SESSIONS,
  PROGRAMME_TOP_PRACTICES,
  type MovementRow,
  type ProgrammeFacts,
  type ReportGroupingName,
} from './programme-facts';

const GROUPINGS: ReportGroupingName[] = ['function', 'tier', 'sector'];
const round = (n: number) => Math.round(n * 100) / 100;

function movement(current: MaturityReportView, baseline: MaturityReportView): MovementRow[] {
  const before = new Map(baseline.groups.map((g) => [g.key, g]));
  const keys = [
    ...current.groups.map((g) => g.key),
    ...baseline.groups.map((g) => g.key).filter((k) => !current.groups.some((g) => g.key === k)),
  ];
  return keys.map((key) => {
    const now = current.groups.find((g) => g.key === key);
    const then = before.get(key);
    const [c, b] = [now?.current ?? null, then?.current ?? null];
    return {
      key,
      current: c,
      baseline: b,
      change: c === null || b === null ? null : round(c - b),
      agencies: now?.agencies ?? null,
      baselineAgencies: then?.agencies ?? null,
    };
  });
}

/**
 * The programme report's facts. Maturity and impact come from the reports' own queries with the
 * reader as caller (organisers and platform-admins: named figures), participation and the
 * exchange from maturity's projections; the practices named are only those the reader may read.
 */
export async function gatherProgrammeFacts(
  manager: EntityManager,
  queries: QueryBus,
  request: {
    from: Date;
    to: Date;
    campaignId: string;
    baselineCampaignId?: string;
    principal: Principal;
    now: Date;
  },
): Promise<ProgrammeFacts> {
  const { from, to, campaignId, baselineCampaignId, principal } = request;
  const caller = callerOf(principal);
  const reader = new ProgrammeReader(manager);
  const report = (campaign: string, groupBy: ReportGroupingName): Promise<MaturityReportView> =>
    queries.execute(new MaturityReportQuery(campaign, groupBy, caller));
  const current = await Promise.all(GROUPINGS.map((g) => report(campaignId, g)));
  const baseline = baselineCampaignId
    ? await Promise.all(GROUPINGS.map((g) => report(baselineCampaignId, g)))
    : null;
  const [sessions, participation, exchange, names] = await Promise.all([
    reader.delivered(from, to),
    reader.participation(from, to),
    reader.exchange(principal, PROGRAMME_TOP_PRACTICES),
    reader.campaignNames([campaignId, ...(baselineCampaignId ? [baselineCampaignId] : [])]),
  ]);
  const impact = baselineCampaignId
    ? await Promise.all(
        sessions.slice(0, PROGRAMME_IMPACT_SESSIONS).map(async (s) => {
          const view: ImpactReportView = await queries.execute(
            new ImpactReportQuery(s.sessionId, campaignId, baselineCampaignId),
          );
          return { view, session: { sessionId: s.sessionId, title: s.title, overall: view.overall } };
        }),
      )
    : null;
  const behind = [...current[0].agencies]
    .filter((a) => a.gap !== null)
    .sort((a, b) => b.gap! - a.gap! || a.name.localeCompare(b.name))
    .slice(0, PROGRAMME_BEHIND);
  const named: TlpMarking[] = await reader.markingsOf(
    [campaignId],
    behind.map((a) => a.agencyId),
  );
  return {
    generatedAt: request.now,
    // Aggregates over agencies are for the programme's community (GREEN); figures that name an
    // agency carry its assessment's marking, and a practice named carries its own (ADR 79).
    marking: highestMarking([...named, ...exchange.top.map((p) => p.tlp)], 'TLP:GREEN'),
    period: {
      from: from.toISOString().slice(0, 10),
      to: new Date(to.getTime() - 86_400_000).toISOString().slice(0, 10),
    },
    campaign: { id: campaignId, name: names.get(campaignId) ?? campaignId },
    baseline: baselineCampaignId
      ? { id: baselineCampaignId, name: names.get(baselineCampaignId) ?? baselineCampaignId }
      : null,
    sessions,
    participation,
    movement: baseline
      ? (Object.fromEntries(
          GROUPINGS.map((g, i) => [g, movement(current[i], baseline[i])]),
        ) as ProgrammeFacts['movement'])
      : null,
    impact: impact
      ? { sessions: impact.map((i) => i.session), caveats: impact[0]?.view.caveats ?? [] }
      : null,
    exchange,
    behind,
  };
}
