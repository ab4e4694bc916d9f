import { contextParts } from '@csg/runtime';
import { AgencyDirectory } from './domain/agency-directory.port';
import { SqlAgencyDirectory } from './infrastructure/agency-directory.reader';

/** What the sessions service reads of agencies and their members (the projections are the auth library's, ADR 67). */
export const AGENCY_DIRECTORY_PARTS = contextParts({
  providers: [{ provide: AgencyDirectory, useClass: SqlAgencyDirectory }],
});
