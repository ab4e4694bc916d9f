import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import type { AgencyState } from '../../domain/agency.aggregate';
import { AgencyRuleViolation } from '../../domain/agency.errors';
import { AgencyRepository } from '../../infrastructure/agency.repository';
import { GetAgencyQuery } from './get-agency.query';

@QueryHandler(GetAgencyQuery)
export class GetAgencyHandler implements IQueryHandler<GetAgencyQuery, AgencyState> {
  constructor(@InjectServiceDataSource('agencies') private readonly dataSource: DataSource) {}

  async execute({ agencyId }: GetAgencyQuery): Promise<AgencyState> {
    const agency = await new AgencyRepository(this.dataSource.manager).findById(agencyId);
    if (!agency) throw new AgencyRuleViolation('AGENCY.NOT_FOUND', 'No such agency.');
    return agency.snapshot();
  }
}
