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
} satisfies Record<string, () => () => string>;
