import type { Principal } from '@csg/auth';

export type ProfileDocumentFormat = 'pdf' | 'docx' | 'svg';

/**
 * The profile as a document people read (PDF, .docx, or the radar as SVG). The documents context
 * answers it (documents/queries/profile-document), since the document also carries the roadmap
 * and the recommendations; it is declared here so the profile route can serve `Accept:
 * application/pdf` too.
 */
export class ProfileDocumentQuery {
  constructor(
    readonly assessmentId: string,
    readonly format: ProfileDocumentFormat,
    readonly principal: Principal,
    /** A previous assessment to show what improved and regressed since. */
    readonly againstId?: string,
  ) {}
}
