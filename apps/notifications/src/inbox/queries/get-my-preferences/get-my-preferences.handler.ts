import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { InjectServiceDataSource } from '@csg/persistence';
import { PreferencesRepository } from '../../infrastructure/preferences.repository';
import { toPreferencesView, type PreferencesView } from '../preferences.view';
import { GetMyPreferencesQuery } from './get-my-preferences.query';

@QueryHandler(GetMyPreferencesQuery)
export class GetMyPreferencesHandler implements IQueryHandler<GetMyPreferencesQuery, PreferencesView> {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {}

  async execute({ person }: GetMyPreferencesQuery): Promise<PreferencesView> {
    return toPreferencesView(await new PreferencesRepository(this.dataSource.manager).of(person.sub));
  }
}
