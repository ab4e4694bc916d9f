import type { EntityManager } from 'typeorm';
import type { Principal } from '@csg/auth';
import { namedStatementOfShape, rowsOfNamed } from '@csg/persistence';
import type { PracticeState } from '../domain/practice.aggregate';
import type { PracticeRevision } from '../domain/practice-revision.entity';
import { pendingWorkPredicate, practiceReadPredicate } from './practice-access.sql';
import { practiceFromRow, revisionFromRow } from './practice.mapper';
import type { PracticeOrmEntity } from './practice.orm-entity';
import type { PracticeRevisionOrmEntity } from './practice-revision.orm-entity';

/** One practice and what hangs off it, each read with the caller's read rule in the same statement. */
export class PracticeReader {
  constructor(private readonly manager: EntityManager) {}

  /** The practice if the caller may read it, else null (it does not exist for them). */
  async findReadable(id: string, principal: Principal): Promise<PracticeState | null> {
    return (await this.findReadableWithEndorsements(id, principal))?.practice ?? null;
  }

  /**
   * The practice and the agencies that endorsed it (earliest first) in one statement, if the
   * caller may read it; else null.
   */
  async findReadableWithEndorsements(
    id: string,
    principal: Principal,
  ): Promise<{ practice: PracticeState; endorsingAgencyIds: string[] } | null> {
    const visible = practiceReadPredicate(principal, 2);
    const text = `SELECT p.id, p.owner_agency_id AS "ownerAgencyId", p.author_sub AS "authorSub", p.session_id AS "sessionId",
              p.title, p.summary, p.body, p.tags, p.sectors, p.framework_refs AS "frameworkRefs",
              p.framework_categories AS "frameworkCategories", p.framework_functions AS "frameworkFunctions",
              p.tlp, p.shared_with_agency_ids AS "sharedWithAgencyIds", p.recipient_subs AS "recipientSubs",
              p.pending_tlp AS "pendingTlp", p.pending_shared_with_agency_ids AS "pendingSharedWithAgencyIds",
              p.pending_recipient_subs AS "pendingRecipientSubs", p.status, p.rejection_reason AS "rejectionReason",
              p.version, p.revision_count AS "revisionCount", p.created_at AS "createdAt",
              p.updated_at AS "updatedAt", p.published_at AS "publishedAt",
              p.contributor_subs AS "contributorSubs", p.published_revision_number AS "publishedRevisionNumber",
              p.pending_revision_number AS "pendingRevisionNumber", p.pending_revision_status AS "pendingRevisionStatus",
              p.pending_content AS "pendingContent", p.pending_rejection_reason AS "pendingRejectionReason",
              ARRAY(SELECT e.agency_id FROM practice_endorsements e WHERE e.practice_id = p.id
                     ORDER BY e.created_at, e.id) AS "endorsingAgencyIds"
         FROM practices p WHERE p.id = $1 AND ${visible.sql}`;
    // The read rule's text depends only on the kind of caller: a handful of statements (ADR 49).
    const rows = await rowsOfNamed<PracticeOrmEntity & { endorsingAgencyIds: string[] }>(
      this.manager,
      namedStatementOfShape('exchange.practice-by-id', text),
      [id, ...visible.params],
    );
    if (rows.length === 0) return null;
    const { endorsingAgencyIds, ...row } = rows[0];
    return { practice: practiceFromRow(row), endorsingAgencyIds };
  }

  /** The agencies that endorsed the practice, earliest first. */
  async endorsingAgencyIds(practiceId: string): Promise<string[]> {
    const rows: Array<{ agencyId: string }> = await this.manager.query(
      `SELECT agency_id AS "agencyId" FROM practice_endorsements WHERE practice_id = $1 ORDER BY created_at, id`,
      [practiceId],
    );
    return rows.map((r) => r.agencyId);
  }

  /**
   * Revisions after `afterNumber`, oldest first, only when the caller may read the practice; the
   * proposals of a published practice's pending work only for those who see it (ADR 56), with the
   * pending revision itself marked.
   */
  async revisions(
    practiceId: string,
    principal: Principal,
    limit: number,
    afterNumber = 0,
  ): Promise<Array<{ revision: PracticeRevision; pending: boolean }>> {
    const visible = practiceReadPredicate(principal, 4);
    const seesPending = pendingWorkPredicate(principal, 4 + visible.params.length);
    const rows: Array<PracticeRevisionOrmEntity & { pending: boolean }> = await this.manager.query(
      `SELECT r.practice_id AS "practiceId", r.number, r.kind, r.author_sub AS "authorSub",
              r.created_at AS "createdAt", r.changed_fields AS "changedFields", r.title, r.summary, r.body,
              r.tags, r.sectors, r.framework_refs AS "frameworkRefs", r.tlp,
              r.shared_with_agency_ids AS "sharedWithAgencyIds", r.recipient_subs AS "recipientSubs",
              r.pending_tlp AS "pendingTlp", r.pending_shared_with_agency_ids AS "pendingSharedWithAgencyIds",
              r.pending_recipient_subs AS "pendingRecipientSubs", r.proposal,
              (r.number IS NOT DISTINCT FROM p.pending_revision_number) AS "pending"
         FROM practice_revisions r JOIN practices p ON p.id = r.practice_id
        WHERE r.practice_id = $1 AND r.number > $2 AND ${visible.sql}
          AND (NOT r.proposal OR ${seesPending.sql})
        ORDER BY r.number
        LIMIT $3`,
      [practiceId, afterNumber, limit, ...visible.params, ...seesPending.params],
    );
    return rows.map(({ pending, ...row }) => ({ revision: revisionFromRow(row), pending }));
  }
}
