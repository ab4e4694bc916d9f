import { Injectable } from '@nestjs/common';
import {
  PracticeEndorsed,
  PracticePublished,
  PracticeRevised,
  PracticeWithdrawn,
  type CloudEvent,
  type PracticeData,
  type PracticeEndorsedData,
} from '@csg/contracts';
import { CSF } from '@csg/frameworks';
import { OnIntegrationEvent, type TransactionContext } from '@csg/messaging';

/** The subcategories a practice's references cover (a category or function covers all of its own). */
export function coveredSubcategories(frameworkRefs: readonly string[]): string[] {
  return [...new Set(frameworkRefs.flatMap((ref) => CSF.subcategoriesCoveredBy(ref)))].sort();
}

/**
 * The maturity service's own projection of the exchange's practices: what they cover, their
 * marking and audience, whether they are published, and which agencies adopted them. Each state
 * event carries the practice's version; an older or repeated one changes nothing.
 */
@Injectable()
export class PracticeProjection {
  @OnIntegrationEvent(PracticePublished.type, PracticeRevised.type, PracticeWithdrawn.type)
  async onPracticeChanged(event: CloudEvent<PracticeData>, tx: TransactionContext): Promise<void> {
    const p = event.data;
    await tx.manager.query(
      `INSERT INTO projected_practices (practice_id, owner_agency_id, title, framework_refs, subcategory_ids, tlp,
                                        shared_with_agency_ids, recipient_subs, session_id, published, version, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (practice_id) DO UPDATE SET
         owner_agency_id = EXCLUDED.owner_agency_id, title = EXCLUDED.title, framework_refs = EXCLUDED.framework_refs,
         subcategory_ids = EXCLUDED.subcategory_ids, tlp = EXCLUDED.tlp, shared_with_agency_ids = EXCLUDED.shared_with_agency_ids,
         recipient_subs = EXCLUDED.recipient_subs, session_id = EXCLUDED.session_id, published = EXCLUDED.published,
         version = EXCLUDED.version, updated_at = EXCLUDED.updated_at
       WHERE projected_practices.version < EXCLUDED.version`,
      [
        p.practiceId,
        p.ownerAgencyId,
        p.title ?? null,
        p.frameworkRefs,
        coveredSubcategories(p.frameworkRefs),
        p.tlp,
        p.sharedWithAgencyIds ?? [],
        p.recipientSubs ?? [],
        p.sessionId ?? null,
        p.status === 'PUBLISHED',
        p.version,
        p.occurredAt,
      ],
    );
  }

  /** An agency said it adopted the practice (once per agency). */
  @OnIntegrationEvent(PracticeEndorsed.type)
  async onPracticeEndorsed(event: CloudEvent<PracticeEndorsedData>, tx: TransactionContext): Promise<void> {
    await tx.manager.query(
      `INSERT INTO projected_practice_adoptions (practice_id, agency_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [event.data.practiceId, event.data.agencyId],
    );
  }
}
