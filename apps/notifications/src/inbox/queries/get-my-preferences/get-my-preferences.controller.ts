import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type PersonPrincipal } from '@csg/auth';
import { ApiOkView, ApiProblems } from '@csg/http';
import { PreferencesView } from '../preferences.view';
import { GetMyPreferencesQuery } from './get-my-preferences.query';

@ApiTags('inbox')
@Controller('me/preferences')
export class GetMyPreferencesController {
  constructor(private readonly queries: QueryBus) {}

  /** The caller's delivery choices per category (ANNOUNCEMENT, SESSION, EXCHANGE, AGENCY). */
  @Get()
  @ApiOperation({ summary: 'Read my delivery preferences per category' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkView(PreferencesView)
  @ApiProblems(401, 403, 429)
  get(@CurrentPrincipal() person: PersonPrincipal): Promise<PreferencesView> {
    return this.queries.execute(new GetMyPreferencesQuery(person));
  }
}
