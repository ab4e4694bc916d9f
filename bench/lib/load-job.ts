import { randomBytes } from 'node:crypto';

export interface LoadJob {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** A body generator from `requestBodies` (a fresh body per request), for writes. */
  bodies?: keyof typeof requestBodies;
}

/** Body generators shared by a platform and its baseline, so both get the same requests. */
export const requestBodies = {
  /** A valid `POST /agencies` body with a unique acronym (the acronym is unique, case-insensitive). */
  agency: () => {
    const prefix = randomBytes(3).toString('hex').toUpperCase();
    let n = 0;
    return () => {
      n++;
      return JSON.stringify({
        name: `Bench Agency ${prefix} ${n}`,
        acronym: `B${prefix}${n.toString(36).toUpperCase()}`,
        tier: 'FEDERAL',
        sector: 'INFORMATION_TECHNOLOGY',
        contactEmail: `cert${n}@bench.example.gov.pk`,
        website: 'https://bench.example.gov.pk',
      });
    };
  },
  /** A valid `POST /practices` draft for the agency in BENCH_PRACTICE_AGENCY_ID (bench/cases/practice-api.fixture.ts). */
  practice: () => {
    const agencyId = process.env.BENCH_PRACTICE_AGENCY_ID;
    let n = 0;
    return () =>
      JSON.stringify({
        agencyId,
        title: `Bench practice ${++n}: phishing-resistant MFA`,
        summary: 'How an agency rolled out FIDO2 security keys to all staff in six weeks',
        body: '# Steps\n\n1. Pilot with the SOC\n2. Roll out by department\n3. Retire SMS codes',
        tags: ['mfa', 'identity'],
        sectors: ['OTHER'],
        frameworkRefs: ['PR.AA', 'PR.AA-03'],
        tlp: 'TLP:GREEN',
      });
  },
} satisfies Record<string, () => () => string>;
