import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AGENCY_SECTORS } from '@csg/contracts';
import { AGENCY_SEARCH_TEXT_EXPRESSION } from './migrations/1764300001300-describe-generated-columns-for-typeorm.migration';

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The `agencies` table as its migrations make it: columns, checks, the self-reference and the
 * indexes (named, `synchronize: false`: expression and GIN indexes TypeORM cannot build), so
 * TypeORM's schema comparison finds nothing to change (ADR 13, services-schema.int-spec.ts).
 * `version` is the aggregate's own (set by the domain, checked on UPDATE).
 */
@Entity({ name: 'agencies' })
@Check('agencies_tier_check', `tier IN ('FEDERAL', 'PROVINCIAL', 'DEPARTMENTAL')`)
@Check('agencies_status_check', `status IN ('PENDING_VERIFICATION', 'ACTIVE', 'SUSPENDED')`)
@Check('agencies_sector_check', `sector IN (${list(AGENCY_SECTORS)})`)
@Check('agencies_jurisdiction_check', `tier = 'FEDERAL' OR jurisdiction IS NOT NULL`)
@Check('agencies_not_own_parent_check', `parent_agency_id <> id`)
@Index('agencies_acronym_key', { synchronize: false })
@Index('agencies_search_trgm_idx', { synchronize: false })
@Index('agencies_name_order_idx', { synchronize: false })
@Index('agencies_parent_idx', { synchronize: false })
@Index('agencies_applicant_idx', { synchronize: false })
export class AgencyOrmEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('text') acronym: string;
  @Column('text') tier: string;
  @Column('text', { nullable: true }) jurisdiction: string | null;
  @Column('text') sector: string;
  @Column('uuid', { nullable: true })
  @ForeignKey(() => AgencyOrmEntity, { name: 'agencies_parent_agency_id_fkey' })
  parentAgencyId: string | null;
  @Column('text') contactEmail: string;
  @Column('text', { nullable: true }) website: string | null;
  @Column('text') status: string;
  @Column('integer') version: number;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
  @Column('text', { nullable: true }) applicantSub: string | null;
  @Column('text', { nullable: true }) applicantDisplayName: string | null;
  @Column('text', { nullable: true }) applicantEmail: string | null;
  /** Lower-cased "name acronym" for the trigram search (ADR 10); PostgreSQL computes it. */
  @Column({
    type: 'text',
    nullable: true,
    generatedType: 'STORED',
    asExpression: AGENCY_SEARCH_TEXT_EXPRESSION,
    insert: false,
    update: false,
    select: false,
  })
  searchText?: string | null;
}
