import { AGENCY_SECTORS, AGENCY_TIERS, AUDIENCE_KINDS } from '@csg/contracts';
import { AnnouncementRuleViolation } from './announcement.errors';

export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/** Who an announcement is for, before its TLP marking narrows it. */
export interface Audience {
  kind: AudienceKind;
  values: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_VALUES = 500;

/**
 * An audience names what its kind selects by: nothing for ALL (members of verified agencies),
 * tiers, sectors, agency ids or session ids; duplicates are dropped, and nothing else is accepted.
 */
export function audienceOf(kind: AudienceKind, values: readonly string[]): Audience {
  const unique = [...new Set(values)];
  const invalid = (why: string) => new AnnouncementRuleViolation('ANNOUNCEMENT.AUDIENCE_VALUES_INVALID', why);
  if (unique.length > MAX_VALUES) throw invalid(`an audience names at most ${MAX_VALUES} values`);
  switch (kind) {
    case 'ALL':
      if (unique.length > 0) throw invalid('audience ALL takes no values');
      break;
    case 'TIERS':
      requireSome(unique, (v) => (AGENCY_TIERS as readonly string[]).includes(v), 'tiers', invalid);
      break;
    case 'SECTORS':
      requireSome(unique, (v) => (AGENCY_SECTORS as readonly string[]).includes(v), 'sectors', invalid);
      break;
    case 'AGENCIES':
    case 'SESSION_PARTICIPANTS':
      requireSome(unique, (v) => UUID.test(v), 'ids', invalid);
      break;
  }
  return {
    kind,
    values:
      kind === 'AGENCIES' || kind === 'SESSION_PARTICIPANTS' ? unique.map((v) => v.toLowerCase()) : unique,
  };
}

function requireSome(
  values: string[],
  valid: (value: string) => boolean,
  what: string,
  invalid: (why: string) => Error,
): void {
  if (values.length === 0) throw invalid(`this audience names at least one of its ${what}`);
  const wrong = values.filter((v) => !valid(v));
  if (wrong.length > 0) throw invalid(`not valid ${what}: ${wrong.slice(0, 5).join(', ')}`);
}
