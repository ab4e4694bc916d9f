import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { toPage, type Page } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { readerOf } from '../../../access/caller.util';
import { sessionNotFound } from '../../../sessions/commands/session-change.util';
import { CHECK_IN_SECRET } from '../../infrastructure/check-in-secret';
import { RegistrationListReader } from '../../infrastructure/registration-list.reader';
import { toRegistrationView, type RegistrationView } from '../registration.view';
import { ListRegistrationsQuery } from './list-registrations.query';

@QueryHandler(ListRegistrationsQuery)
export class ListRegistrationsHandler implements IQueryHandler<
  ListRegistrationsQuery,
  Page<RegistrationView>
> {
  constructor(
    @InjectServiceDataSource('sessions') private readonly dataSource: DataSource,
    @Inject(CHECK_IN_SECRET) private readonly secret: string,
  ) {}

  async execute({
    sessionId,
    filters,
    viewer,
    limit,
    after,
  }: ListRegistrationsQuery): Promise<Page<RegistrationView>> {
    const reader = new RegistrationListReader(this.dataSource.manager);
    const rows = await reader.list(viewer, sessionId, filters, limit + 1, after);
    if (!rows) throw sessionNotFound();
    const who = readerOf(viewer);
    return toPage(
      rows,
      limit,
      (r) => [r.position],
      (r) => toRegistrationView(r, who, this.secret),
    );
  }
}
