import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@csg/auth';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { audienceIncludesSql } from '../../campaigns/infrastructure/audience.sql';
import { FrameworkStore } from '../../frameworks/infrastructure/framework.store';
import type { Answer } from '../domain/answer-sheet.rule';
import { AssessmentAnswers } from '../domain/assessment-answers.port';
import { AssessmentFrameworks, type FrameworkSubcategories } from '../domain/assessment-frameworks.port';
import { CampaignAudiences } from '../domain/campaign-audiences.port';
import { VerifiedAgencies } from '../domain/verified-agencies.port';
import { AssessmentViews } from '../queries/assessment-views.port';
import { toAssessmentView, type AssessmentView } from '../queries/assessment.view';
import { AnswerStore } from './answer.store';
import { AssessmentReader } from './assessment.reader';

/** The answers table through the AnswerStore, in the running transaction. */
@Injectable()
export class SqlAssessmentAnswers extends AssessmentAnswers {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get store(): AnswerStore {
    return new AnswerStore(this.transactions.current.manager);
  }

  existing(assessmentId: string, subcategoryIds: string[]): Promise<Map<string, Answer>> {
    return this.store.existing(assessmentId, subcategoryIds);
  }

  upsert(assessmentId: string, answers: readonly Answer[], now: Date): Promise<void> {
    return this.store.upsert(assessmentId, answers, now);
  }

  count(assessmentId: string): Promise<number> {
    return this.store.count(assessmentId);
  }

  copy(fromAssessmentId: string, toAssessmentId: string, now: Date): Promise<number> {
    return this.store.copy(fromAssessmentId, toAssessmentId, now);
  }
}

/** The frameworks table as checking answers needs it, in the running transaction. */
@Injectable()
export class SqlAssessmentFrameworks extends AssessmentFrameworks {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  async subcategoriesOf(frameworkId: string): Promise<FrameworkSubcategories | null> {
    const shape = await new FrameworkStore(this.transactions.current.manager).shape(frameworkId);
    return shape ? { functionOf: (id) => shape.subcategories.get(id)?.functionId } : null;
  }
}

/** A campaign's audience against the agency directory, in one query in the running transaction. */
@Injectable()
export class SqlCampaignAudiences extends CampaignAudiences {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  async includes(campaignId: string, agencyId: string): Promise<boolean> {
    const rows = await this.transactions.current.manager.query(
      `SELECT 1 FROM campaigns c JOIN agency_directory d ON d.agency_id = $2 WHERE c.id = $1 AND ${audienceIncludesSql('c', 'd')}`,
      [campaignId, agencyId],
    );
    return rows.length > 0;
  }
}

/** ACTIVE agencies in the agency directory (the agencies service's agencies, projected). */
@Injectable()
export class SqlVerifiedAgencies extends VerifiedAgencies {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  async among(agencyIds: readonly string[]): Promise<Set<string>> {
    if (agencyIds.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.transactions.current.manager.query(
      `SELECT agency_id::text AS id FROM agency_directory WHERE agency_id = ANY($1::uuid[]) AND status = 'ACTIVE'`,
      [[...agencyIds]],
    );
    return new Set(rows.map((r) => r.id));
  }
}

/** Assessments as the caller reads them, through the AssessmentReader, in the running transaction. */
@Injectable()
export class SqlAssessmentViews extends AssessmentViews {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async isReadable(reader: Principal, assessmentId: string): Promise<boolean> {
    return (await new AssessmentReader(this.manager).visible(reader, assessmentId)) !== null;
  }

  async viewFor(reader: Principal, assessmentId: string): Promise<AssessmentView | null> {
    const assessments = new AssessmentReader(this.manager);
    const row = await assessments.visible(reader, assessmentId);
    return row ? toAssessmentView(row, await assessments.answers(assessmentId)) : null;
  }
}
