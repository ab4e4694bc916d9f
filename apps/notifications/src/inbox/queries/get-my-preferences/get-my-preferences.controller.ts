import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, Policy, SignedIn, type PersonPrincipal } from '@csg/auth';
import { InjectServiceDataSource } from '@csg/persistence';
import { PreferencesRepository } from '../../infrastructure/preferences.repository';
import { PreferencesView, toPreferencesView } from '../preferences.view';

@ApiTags('inbox')
@Controller('me/preferences')
export class GetMyPreferencesController {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {}

  /** The caller's delivery choices per category (ANNOUNCEMENT, SESSION, EXCHANGE, AGENCY). */
  @Get()
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkResponse({ type: PreferencesView })
  async get(@CurrentPrincipal() person: PersonPrincipal): Promise<PreferencesView> {
    return toPreferencesView(await new PreferencesRepository(this.dataSource.manager).of(person.sub));
  }
}
