import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { notFound } from '../../domain/practice.aggregate';
import { PracticeReader } from '../../infrastructure/practice.reader';
import { toPracticeView, type PracticeView } from '../practice.view';
import { GetPracticeQuery } from './get-practice.query';

@QueryHandler(GetPracticeQuery)
export class GetPracticeHandler implements IQueryHandler<GetPracticeQuery, PracticeView> {
  constructor(@InjectServiceDataSource('exchange') private readonly dataSource: DataSource) {}

  /** A practice the caller may not read does not exist for them (the rule is in the SQL). */
  async execute({ practiceId, reader }: GetPracticeQuery): Promise<PracticeView> {
    const found = await new PracticeReader(this.dataSource.manager).findReadableWithEndorsements(
      practiceId,
      reader,
    );
    if (!found) throw notFound();
    return toPracticeView(found.practice, found.endorsingAgencyIds, reader);
  }
}
