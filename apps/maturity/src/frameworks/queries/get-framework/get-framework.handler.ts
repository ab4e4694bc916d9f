import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { MaturityRuleViolation } from '../../../maturity-rule.violation';
import { FRAMEWORK_ERRORS } from '../../domain/framework.errors';
import { FrameworkStore } from '../../infrastructure/framework.store';
import { toFrameworkView, type FrameworkView } from '../framework.view';
import { GetFrameworkQuery } from './get-framework.query';

@QueryHandler(GetFrameworkQuery)
export class GetFrameworkHandler implements IQueryHandler<GetFrameworkQuery, FrameworkView> {
  constructor(@InjectServiceDataSource('maturity') private readonly dataSource: DataSource) {}

  async execute({ frameworkId }: GetFrameworkQuery): Promise<FrameworkView> {
    const framework = await new FrameworkStore(this.dataSource.manager).definition(frameworkId);
    if (!framework)
      throw new MaturityRuleViolation(FRAMEWORK_ERRORS.notFound, `No framework ${frameworkId}.`);
    return toFrameworkView(framework);
  }
}
