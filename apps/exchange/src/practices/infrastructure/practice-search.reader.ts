import type { EntityManager } from 'typeorm';
import type { Principal } from '@csg/auth';
import { CSF } from '@csg/frameworks';
import type { CursorPosition } from '@csg/http';
import { normaliseTag } from '../domain/practice-content.value-object';
import { pendingWorkPredicate, practiceReadPredicate } from './practice-access.sql';
import type { PracticeOrmEntity } from './practice.orm-entity';

export interface PracticeFilters {
  q?: string;
  tag?: string;
  sector?: string;
  /** A CSF function (`PR`), category (`PR.AA`) or subcategory (`PR.AA-01`). */
  framework?: string;
  agencyId?: string;
  tlp?: string;
  /** PUBLISHED unless asked otherwise (or unless `awaitingReview`). */
  status?: string;
  /**
   * 'true': the review queue: submissions, widenings of a published marking, and submitted
   * pending revisions of published practices (only for those who see pending work, ADR 56).
   */
  awaitingReview?: 'true' | 'false';
}

export type PracticeSort = 'relevance' | 'recent';

export type PracticeSearchRow = PracticeOrmEntity & { rank: number | null; endorsementCount: number };

export interface FacetCount {
  value: string;
  count: number;
}

export interface PracticeFacets {
  total: number;
  sectors: FacetCount[];
  tags: FacetCount[];
  frameworkFunctions: FacetCount[];
}

/** How many tags the tag facet lists (the most frequent first). */
export const TAG_FACET_SIZE = 20;

const COLUMNS = `p.id, p.owner_agency_id AS "ownerAgencyId", p.author_sub AS "authorSub",
  p.session_id AS "sessionId", p.title, p.summary, p.tags, p.sectors,
  p.framework_refs AS "frameworkRefs", p.tlp, p.shared_with_agency_ids AS "sharedWithAgencyIds",
  p.recipient_subs AS "recipientSubs", p.pending_tlp AS "pendingTlp",
  p.pending_shared_with_agency_ids AS "pendingSharedWithAgencyIds",
  p.pending_recipient_subs AS "pendingRecipientSubs", p.status,
  p.rejection_reason AS "rejectionReason", p.version, p.revision_count AS "revisionCount",
  p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.published_at AS "publishedAt"`;

/** Builds one statement's WHERE: the caller's read rule, the filters and the text query. */
class Where {
  readonly params: unknown[] = [];
  readonly clauses: string[] = [];
  /** The tsquery's parameter, when `q` is given. */
  query: string | null = null;

  constructor(filters: PracticeFilters, principal: Principal) {
    if (filters.q?.trim()) {
      this.query = `websearch_to_tsquery('english'::regconfig, ${this.$(filters.q)})`;
      this.clauses.push(`p.search @@ ${this.query}`);
    }
    if (filters.awaitingReview === 'true') {
      const pendingWork = pendingWorkPredicate(principal, this.params.length + 1);
      this.params.push(...pendingWork.params);
      this.clauses.push(
        `(p.status = 'SUBMITTED' OR (p.status = 'PUBLISHED' AND p.pending_tlp IS NOT NULL)` +
          ` OR (p.pending_revision_status = 'SUBMITTED' AND ${pendingWork.sql}))`,
      );
      if (filters.status) this.clauses.push(`p.status = ${this.$(filters.status)}`);
    } else {
      this.clauses.push(`p.status = ${this.$(filters.status ?? 'PUBLISHED')}`);
    }
    if (filters.tag) this.clauses.push(`p.tags @> ARRAY[${this.$(normaliseTag(filters.tag))}]::text[]`);
    if (filters.sector) this.clauses.push(`p.sectors @> ARRAY[${this.$(filters.sector)}]::text[]`);
    if (filters.agencyId) this.clauses.push(`p.owner_agency_id = ${this.$(filters.agencyId)}::uuid`);
    if (filters.tlp) this.clauses.push(`p.tlp = ${this.$(filters.tlp)}`);
    if (filters.framework) this.clauses.push(this.framework(filters.framework));
    const visible = practiceReadPredicate(principal, this.params.length + 1);
    this.params.push(...visible.params);
    this.clauses.push(visible.sql);
  }

  $(value: unknown): string {
    return `$${this.params.push(value)}`;
  }

  get sql(): string {
    return this.clauses.join(' AND ');
  }

  /** A function matches its categories; a category its subcategories; a subcategory its category too. */
  private framework(reference: string): string {
    const resolved = CSF.resolve(reference);
    if (!resolved) return 'false';
    if (resolved.level === 'function')
      return `p.framework_functions @> ARRAY[${this.$(resolved.id)}]::text[]`;
    if (resolved.level === 'category')
      return `p.framework_categories @> ARRAY[${this.$(resolved.id)}]::text[]`;
    return `p.framework_refs && ${this.$([resolved.id, resolved.categoryId])}::text[]`;
  }
}

/**
 * Search and lists over the practices the caller may read: full text over the stored weighted
 * `tsvector` (GIN), filters, keyset pages and facet counts, each one SQL statement with the
 * read rule inside it.
 */
export class PracticeSearchReader {
  constructor(private readonly manager: EntityManager) {}

  /** `limit` rows in `sort` order after the keyset position `after`. */
  search(
    filters: PracticeFilters,
    principal: Principal,
    sort: PracticeSort,
    limit: number,
    after?: CursorPosition,
  ): Promise<PracticeSearchRow[]> {
    const where = new Where(filters, principal);
    const byRelevance = sort === 'relevance' && where.query !== null;
    const rank = byRelevance ? `ts_rank(p.search, ${where.query})` : 'NULL::real';
    if (after && byRelevance) {
      where.clauses.push(`(${rank}, p.id) < (${where.$(after[0])}::real, ${where.$(after[1])}::uuid)`);
    } else if (after) {
      where.clauses.push(
        `(p.updated_at, p.id) < (${where.$(after[0])}::timestamptz, ${where.$(after[1])}::uuid)`,
      );
    }
    const order = byRelevance ? 'rank DESC, p.id DESC' : 'p.updated_at DESC, p.id DESC';
    return this.manager.query(
      `SELECT page.*,
              (SELECT count(*)::int FROM practice_endorsements e WHERE e.practice_id = page.id) AS "endorsementCount"
         FROM (SELECT ${COLUMNS}, ${rank} AS rank FROM practices p
                WHERE ${where.sql}
                ORDER BY ${order}
                LIMIT ${where.$(limit)}) page
        ORDER BY ${byRelevance ? 'page.rank DESC, page.id DESC' : 'page."updatedAt" DESC, page.id DESC'}`,
      where.params,
    );
  }

  /** Counts over everything the caller may read that matches the filters (not only one page). */
  async facets(filters: PracticeFilters, principal: Principal): Promise<PracticeFacets> {
    const where = new Where(filters, principal);
    const rows: Array<{ facet: string; value: string | null; count: number }> = await this.manager.query(
      `WITH matched AS MATERIALIZED (
         SELECT p.sectors, p.tags, p.framework_functions FROM practices p WHERE ${where.sql}
       )
       SELECT 'total' AS facet, NULL AS value, count(*)::int AS count FROM matched
       UNION ALL
       SELECT 'sector', s, count(*)::int FROM matched, unnest(sectors) s GROUP BY s
       UNION ALL
       (SELECT 'tag', t, count(*)::int FROM matched, unnest(tags) t GROUP BY t
         ORDER BY count(*) DESC, t LIMIT ${TAG_FACET_SIZE})
       UNION ALL
       SELECT 'function', f, count(*)::int FROM matched, unnest(framework_functions) f GROUP BY f`,
      where.params,
    );
    const of = (facet: string) =>
      rows
        .filter((r) => r.facet === facet)
        .map((r) => ({ value: r.value as string, count: r.count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      total: rows.find((r) => r.facet === 'total')?.count ?? 0,
      sectors: of('sector'),
      tags: of('tag'),
      frameworkFunctions: of('function'),
    };
  }

  /** One practice if the caller may read it (the read rule in the same statement), else null. */
  async readable(id: string, principal: Principal): Promise<boolean> {
    const visible = practiceReadPredicate(principal, 2);
    const rows: unknown[] = await this.manager.query(
      `SELECT 1 FROM practices p WHERE p.id = $1 AND ${visible.sql}`,
      [id, ...visible.params],
    );
    return rows.length > 0;
  }
}
