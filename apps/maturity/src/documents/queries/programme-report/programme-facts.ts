import type { TlpMarking } from '@csg/auth';
import type { ImpactComparisonView } from '../../../reports/queries/impact-report/impact-report.view';
import type { ReportAgencyView } from '../../../reports/queries/maturity-report/maturity-report.view';
import type {
  AdoptedPracticeRow,
  DeliveredSessionRow,
  ExchangeActivityRow,
  ParticipationRow,
} from '../../infrastructure/programme.reader';

export interface MovementRow {
  key: string;
  baseline: number | null;
  current: number | null;
  /** current − baseline, null when either is missing. */
  change: number | null;
  agencies: number | null;
  baselineAgencies: number | null;
}

export type ReportGroupingName = 'function' | 'tier' | 'sector';

/** Everything the programme report says, read through the reports' own queries and maturity's projections. */
export interface ProgrammeFacts {
  generatedAt: Date;
  marking: TlpMarking;
  period: { from: string; to: string };
  campaign: { id: string; name: string };
  baseline: { id: string; name: string } | null;
  sessions: DeliveredSessionRow[];
  participation: ParticipationRow[];
  /** Null without a baseline campaign. */
  movement: Record<ReportGroupingName, MovementRow[]> | null;
  /** Per delivered session (at most PROGRAMME_IMPACT_SESSIONS), the pooled comparison; null without a baseline. */
  impact: {
    sessions: Array<{ sessionId: string; title: string; overall: ImpactComparisonView }>;
    caveats: string[];
  } | null;
  exchange: { activity: ExchangeActivityRow; top: AdoptedPracticeRow[] };
  /** The agencies furthest behind their targets in the campaign, largest gap first. */
  behind: ReportAgencyView[];
}

export const PROGRAMME_IMPACT_SESSIONS = 20;
export const PROGRAMME_BEHIND = 10;
export const PROGRAMME_TOP_PRACTICES = 5;
