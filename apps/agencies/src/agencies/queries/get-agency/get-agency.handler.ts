import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { viewerOf } from '../../../access/caller.util';
import { AgencyRuleViolation } from '../../domain/agency.errors';
import { toAgencyView, type AgencyView } from '../agency.view';
import { AgencyByIdReader } from './agency-by-id.reader';
import { GetAgencyQuery } from './get-agency.query';

@QueryHandler(GetAgencyQuery)
export class GetAgencyHandler implements IQueryHandler<GetAgencyQuery, AgencyView> {
  private readonly agencies: AgencyByIdReader;

  constructor(@InjectServiceDataSource('agencies') dataSource: DataSource) {
    this.agencies = new AgencyByIdReader(dataSource);
  }

  /** An agency the caller may not see does not exist for them. */
  async execute({ agencyId, viewer }: GetAgencyQuery): Promise<AgencyView> {
    const agency = await this.agencies.find(agencyId);
    if (!agency?.isVisibleTo(viewerOf(viewer)))
      throw new AgencyRuleViolation('AGENCY.NOT_FOUND', 'No such agency.');
    return toAgencyView(agency.snapshot());
  }
}
