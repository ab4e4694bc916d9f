import { contextParts } from '@csg/runtime';
import { ProfileDocumentController } from './queries/profile-document/profile-document.controller';
import { ProfileDocumentHandler } from './queries/profile-document/profile-document.handler';

/** The documents people read: the agency's profile, the report charts and the programme report (ADR 79). */
export const DOCUMENT_PARTS = contextParts({
  useCases: [[ProfileDocumentController, ProfileDocumentHandler]],
});
