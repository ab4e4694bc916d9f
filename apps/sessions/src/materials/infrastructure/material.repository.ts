import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UnitOfWork, type TransactionSource } from '@csg/messaging';
import { MaterialRepository } from '../domain/material-repository.port';
import type { Material } from '../domain/material.aggregate';
import { MaterialOrmEntity } from './material.orm-entity';

@Injectable()
export class TypeOrmMaterialRepository extends MaterialRepository {
  constructor(@Inject(UnitOfWork) private readonly transactions: TransactionSource) {
    super();
  }

  private get manager(): EntityManager {
    return this.transactions.current.manager;
  }

  async insert(material: Material): Promise<void> {
    await this.manager.insert(MaterialOrmEntity, { ...material.snapshot() });
    this.transactions.current.track(material);
  }

  async participatingAgencyIds(sessionId: string): Promise<string[]> {
    const rows: Array<{ agencyId: string }> = await this.manager.query(
      `SELECT DISTINCT agency_id AS "agencyId" FROM registrations WHERE session_id = $1 AND status = 'CONFIRMED' ORDER BY 1`,
      [sessionId],
    );
    return rows.map((r) => r.agencyId);
  }
}
