import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { Member } from '../domain/member.aggregate';
import { MemberRepository } from '../domain/member-repository.port';
import { MemberRuleViolation } from '../domain/member.errors';
import { memberFromRow } from './member.mapper';
import { MemberOrmEntity } from './member.orm-entity';

const UNIQUE_VIOLATION = '23505';

/**
 * The Member aggregate in its table, in the running unit of work's transaction: loads, inserts,
 * version-checked updates, counts and deletes through the entity (ADR 13).
 */
@Injectable()
export class TypeOrmMemberRepository extends MemberRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async insert(member: Member): Promise<void> {
    try {
      await this.manager.insert(MemberOrmEntity, { ...member.snapshot() });
      this.transactions.current.track(member);
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) {
        throw new MemberRuleViolation(
          'MEMBER.ALREADY_MEMBER',
          'This person is already a member of the agency.',
        );
      }
      throw error;
    }
  }

  /** The member of exactly this agency: another agency's member id finds nothing. */
  async findInAgency(agencyId: string, memberId: string): Promise<Member | null> {
    const row = await this.manager.findOneBy(MemberOrmEntity, { agencyId, id: memberId });
    return row ? Member.restore(memberFromRow(row)) : null;
  }

  async adminCount(agencyId: string): Promise<number> {
    return this.manager.countBy(MemberOrmEntity, { agencyId, role: 'agency-admin' });
  }

  async isMember(agencyId: string, sub: string): Promise<boolean> {
    return this.manager.existsBy(MemberOrmEntity, { agencyId, sub });
  }

  /** Writes the member if its row is still at `previousVersion` (through the entity, ADR 13). */
  async update(member: Member, previousVersion: number): Promise<void> {
    const { id, agencyId: _a, sub: _s, createdAt: _c, ...changes } = member.snapshot();
    const { affected } = await this.manager.update(
      MemberOrmEntity,
      { id, version: previousVersion },
      changes,
    );
    if (affected !== 1) {
      throw new MemberRuleViolation('MEMBER.VERSION_MISMATCH', 'The member changed meanwhile; reload it.');
    }
    this.transactions.current.track(member);
  }

  async delete(member: Member): Promise<void> {
    await this.manager.delete(MemberOrmEntity, { id: member.id });
    this.transactions.current.track(member);
  }
}
