import { ParseUUIDPipe } from '@nestjs/common';
import { operatesPlatform, type Principal } from '@csg/auth';
import type { Applicant } from '../agencies/domain/agency.aggregate';
import type { Viewer } from '../agencies/domain/agency-visibility.rule';

/** The caller in the terms of the visibility rule. Memberships come from the members table. */
export function viewerOf(principal: Principal): Viewer {
  if (principal.kind !== 'person') return { operatesPlatform: false, sub: null, memberOf: [] };
  return {
    operatesPlatform: operatesPlatform(principal),
    sub: principal.sub,
    memberOf: principal.memberships.map((m) => m.agencyId),
  };
}

/** The signed-in applicant of an agency, from their token (e-mail falls back to the agency's). */
export function applicantOf(principal: Principal, fallbackEmail: string): Applicant {
  if (principal.kind !== 'person') throw new Error('only a signed-in person can apply for an agency');
  return {
    sub: principal.sub,
    displayName: principal.name?.trim() || principal.sub,
    email: principal.email?.trim().toLowerCase() || fallbackEmail,
  };
}

/** Idempotency keys belong to one caller and one route: nobody can replay someone else's key. */
export function idempotencyScope(principal: Principal, route: string): string {
  const who =
    principal.kind === 'person'
      ? `person:${principal.sub}`
      : principal.kind === 'integration'
        ? `client:${principal.clientId}`
        : 'anonymous';
  return `${who}|${route}`;
}

/** A path id that is not a UUID names nothing: 404, like an unknown one. */
export const uuidParam = () => new ParseUUIDPipe({ errorHttpStatusCode: 404 });
