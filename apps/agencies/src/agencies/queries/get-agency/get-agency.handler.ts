import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { viewerOf } from '../../../access/caller.util';
import { AgencyRuleViolation } from '../../domain/agency.errors';
import { AgencyRepository } from '../../infrastructure/agency.repository';
import { toAgencyView, type AgencyView } from '../agency.view';
import { GetAgencyQuery } from './get-agency.query';

@QueryHandler(GetAgencyQuery)
export class GetAgencyHandler implements IQueryHandler<GetAgencyQuery, AgencyView> {
  constructor(@InjectServiceDataSource('agencies') private readonly dataSource: DataSource) {}

  /** An agency the caller may not see does not exist for them. */
  async execute({ agencyId, viewer }: GetAgencyQuery): Promise<AgencyView> {
    const agency = await new AgencyRepository(this.dataSource.manager).findById(agencyId);
    if (!agency?.isVisibleTo(viewerOf(viewer)))
      throw new AgencyRuleViolation('AGENCY.NOT_FOUND', 'No such agency.');
    return toAgencyView(agency.snapshot());
  }
}
