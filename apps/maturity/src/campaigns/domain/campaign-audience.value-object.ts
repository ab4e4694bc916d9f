import { AGENCY_SECTORS, AGENCY_TIERS } from '@csg/contracts';
import { MaturityRuleViolation } from '../../maturity-rule.violation';
import { CAMPAIGN_ERRORS } from './campaign.errors';

export const AUDIENCE_KINDS = ['ALL', 'TIERS', 'SECTORS', 'AGENCIES'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/** Who a campaign asks to assess themselves: every verified agency, some tiers, sectors or named agencies. */
export interface CampaignAudience {
  kind: AudienceKind;
  values: string[];
}

/** The rule itself lives in libs/auth/src/rules, where the exits evaluate it too. */
export { audienceIncludes } from '@csg/auth/rules/agency-audience.rule';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** AnAudienceNamesWhatItsKindSelects: ALL names nothing, TIERS tiers, SECTORS sectors, AGENCIES agency ids. */
export function validAudience(given: { kind: AudienceKind; values?: string[] }): CampaignAudience {
  const values = [...new Set(given.values ?? [])];
  const allowed: Record<AudienceKind, (v: string) => boolean> = {
    ALL: () => false,
    TIERS: (v) => (AGENCY_TIERS as readonly string[]).includes(v),
    SECTORS: (v) => (AGENCY_SECTORS as readonly string[]).includes(v),
    AGENCIES: (v) => UUID.test(v),
  };
  const check = allowed[given.kind];
  if (!check) throw invalid(`audience.kind must be one of ${AUDIENCE_KINDS.join(', ')}`);
  if (given.kind === 'ALL' && values.length > 0) throw invalid('an ALL audience names no values');
  if (given.kind !== 'ALL' && values.length === 0)
    throw invalid(`a ${given.kind} audience names at least one value`);
  const wrong = values.filter((v) => !check(v));
  if (wrong.length > 0)
    throw invalid(`audience.values ${wrong.join(', ')} are not ${given.kind.toLowerCase()}`);
  return {
    kind: given.kind,
    values: given.kind === 'AGENCIES' ? values.map((v) => v.toLowerCase()) : values,
  };
}

const invalid = (detail: string) => new MaturityRuleViolation(CAMPAIGN_ERRORS.audienceInvalid, `${detail}.`);
