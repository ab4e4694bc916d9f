import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type PersonPrincipal } from '@csg/auth';
import { ApiOkView, ApiProblems } from '@csg/http';
import { MeView } from './me.view';
import { GetMyMembershipsQuery } from './get-my-memberships.query';

@ApiTags('members')
@Controller('me')
export class GetMyMembershipsController {
  constructor(private readonly queries: QueryBus) {}

  /** The caller, their platform roles and every agency they belong to (whatever its status). */
  @Get()
  @ApiOperation({ summary: 'Read the caller, their platform roles and memberships' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkView(MeView)
  @ApiProblems(401, 429)
  get(@CurrentPrincipal() person: PersonPrincipal): Promise<MeView> {
    return this.queries.execute(new GetMyMembershipsQuery(person));
  }
}
