import { isPerson, operatesPlatform, type Principal } from '@csg/auth';
import type { Applicant } from '../agencies/domain/agency.aggregate';
import type { Viewer } from '../agencies/domain/agency-visibility.rule';

/** The caller in the terms of the visibility rule. Memberships come from the members table. */
export function viewerOf(principal: Principal): Viewer {
  if (!isPerson(principal)) return { operatesPlatform: false, sub: null, memberOf: [] };
  return {
    operatesPlatform: operatesPlatform(principal),
    sub: principal.sub,
    memberOf: principal.memberships.map((m) => m.agencyId),
  };
}

/** The signed-in applicant of an agency, from their token (e-mail falls back to the agency's). */
export function applicantOf(principal: Principal, fallbackEmail: string): Applicant {
  if (!isPerson(principal)) throw new Error('only a signed-in person can apply for an agency');
  return {
    sub: principal.sub,
    displayName: principal.name?.trim() || principal.sub,
    email: principal.email?.trim().toLowerCase() || fallbackEmail,
  };
}
