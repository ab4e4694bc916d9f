import { TAUGHT_CATEGORIES, type DemoAgency } from './demo-story';

/** One answer of `PUT /assessments/{id}/answers`. */
export interface DemoAnswer {
  subcategoryId: string;
  current: number;
  evidence?: string;
}

/** A number in [0, 1) from a text, the same every run: answers are data, not chance. */
function spread(text: string): number {
  let hash = 2_166_136_261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16_777_619) >>> 0;
  return hash / 2 ** 32;
}

const tier = (value: number) => Math.max(0, Math.min(4, Math.round(value)));
const categoryOf = (subcategoryId: string) => subcategoryId.replace(/-\d+$/, '');

/** The agency's baseline self-assessment: around its maturity, a tier up or down here and there. */
export function baselineAnswers(agency: DemoAgency, subcategoryIds: readonly string[]): DemoAnswer[] {
  return subcategoryIds.map((subcategoryId) => ({
    subcategoryId,
    current: tier(agency.baseline + (spread(`${agency.key}:${subcategoryId}`) - 0.5) * 1.6),
  }));
}

/**
 * The follow-up after session 8: agencies that attended moved a tier where the session taught
 * (risk identification, organisational context, risk strategy, improvement) and a little
 * elsewhere; the others moved a little anywhere. The impact report compares exactly that.
 */
export function followUpAnswers(agency: DemoAgency, subcategoryIds: readonly string[]): DemoAnswer[] {
  return baselineAnswers(agency, subcategoryIds).map(({ subcategoryId, current }) => {
    const chance = spread(`${agency.key}:${subcategoryId}:after`);
    const taught = TAUGHT_CATEGORIES.includes(categoryOf(subcategoryId));
    const step = agency.attended && taught ? 1 : chance < (agency.attended ? 0.2 : 0.1) ? 1 : 0;
    if (step === 0 || current >= 4) return { subcategoryId, current };
    return {
      subcategoryId,
      current: current + step,
      ...(agency.attended && taught
        ? { evidence: 'Put in place after CyberSecureGov session 8 (risk register and roadmap).' }
        : {}),
    };
  });
}
