import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { MaturityRuleViolation } from '../../maturity-rule.violation';
import { Assessment, type AssessmentState, type AssessmentStatus } from '../domain/assessment.aggregate';
import { AssessmentRepository } from '../domain/assessment-repository.port';
import { ASSESSMENT_ERRORS } from '../domain/assessment.errors';
import { AssessmentOrmEntity } from './assessment.orm-entity';

const UNIQUE_VIOLATION = '23505';

export function assessmentFromRow(row: AssessmentOrmEntity): AssessmentState {
  const date = (d: Date | null) => (d ? new Date(d) : null);
  return {
    id: row.id,
    agencyId: row.agencyId,
    campaignId: row.campaignId,
    frameworkId: row.frameworkId,
    status: row.status as AssessmentStatus,
    frozen: row.frozen,
    copiedFromId: row.copiedFromId,
    sharedWithAgencyIds: row.sharedWithAgencyIds ?? [],
    createdBy: row.createdBy,
    submittedBy: row.submittedBy,
    submittedAt: date(row.submittedAt),
    reviewedBy: row.reviewedBy,
    reviewedAt: date(row.reviewedAt),
    reviewComment: row.reviewComment,
    version: row.version,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}

function toRow(assessment: Assessment): AssessmentOrmEntity {
  return { ...assessment.snapshot(), tlp: assessment.marking };
}

/** The Assessment aggregate in its table, in the running unit of work's transaction. */
@Injectable()
export class TypeOrmAssessmentRepository extends AssessmentRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async insert(assessment: Assessment): Promise<void> {
    try {
      await this.manager.insert(AssessmentOrmEntity, toRow(assessment));
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
        throw new MaturityRuleViolation(
          ASSESSMENT_ERRORS.alreadyExists,
          'The agency already has an assessment in this campaign.',
        );
      }
      throw error;
    }
    this.transactions.current.track(assessment);
  }

  async findById(id: string): Promise<Assessment | null> {
    const row = await this.manager.findOneBy(AssessmentOrmEntity, { id });
    return row ? Assessment.restore(assessmentFromRow(row)) : null;
  }

  /** Loads and locks the assessment: its answers and status change one writer at a time. */
  async lockById(id: string): Promise<Assessment | null> {
    const row = await this.manager
      .createQueryBuilder(AssessmentOrmEntity, 'a')
      .setLock('for_no_key_update')
      .where('a.id = :id', { id })
      .getOne();
    return row ? Assessment.restore(assessmentFromRow(row)) : null;
  }

  async update(assessment: Assessment, previousVersion: number): Promise<void> {
    const s = toRow(assessment);
    const [, affected]: [unknown, number] = await this.manager.query(
      `UPDATE assessments SET status = $3, frozen = $4, shared_with_agency_ids = $5, tlp = $6, submitted_by = $7,
              submitted_at = $8, reviewed_by = $9, reviewed_at = $10, review_comment = $11, version = $12, updated_at = $13
        WHERE id = $1 AND version = $2`,
      [
        s.id,
        previousVersion,
        s.status,
        s.frozen,
        s.sharedWithAgencyIds,
        s.tlp,
        s.submittedBy,
        s.submittedAt,
        s.reviewedBy,
        s.reviewedAt,
        s.reviewComment,
        s.version,
        s.updatedAt,
      ],
    );
    if (affected !== 1) {
      throw new MaturityRuleViolation(
        ASSESSMENT_ERRORS.versionMismatch,
        'The assessment changed meanwhile; reload it.',
      );
    }
    this.transactions.current.track(assessment);
  }
}
