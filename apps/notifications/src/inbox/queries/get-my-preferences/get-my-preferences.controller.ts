import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { CurrentPrincipal, Policy, SignedIn, type PersonPrincipal } from '@csg/auth';
import { ApiOkView, ApiProblems } from '@csg/http';
import { InjectServiceDataSource } from '@csg/persistence';
import { PreferencesRepository } from '../../infrastructure/preferences.repository';
import { PreferencesView, toPreferencesView } from '../preferences.view';

@ApiTags('inbox')
@Controller('me/preferences')
export class GetMyPreferencesController {
  constructor(@InjectServiceDataSource('notifications') private readonly dataSource: DataSource) {}

  /** The caller's delivery choices per category (ANNOUNCEMENT, SESSION, EXCHANGE, AGENCY). */
  @Get()
  @ApiOperation({ summary: 'Read my delivery preferences per category' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkView(PreferencesView)
  @ApiProblems(401, 403, 429)
  async get(@CurrentPrincipal() person: PersonPrincipal): Promise<PreferencesView> {
    return toPreferencesView(await new PreferencesRepository(this.dataSource.manager).of(person.sub));
  }
}
