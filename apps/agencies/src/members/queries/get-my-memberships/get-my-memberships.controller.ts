import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type PersonPrincipal } from '@csg/auth';
import type { MeView } from './get-my-memberships.handler';
import { GetMyMembershipsQuery } from './get-my-memberships.query';

@ApiTags('members')
@Controller('me')
export class GetMyMembershipsController {
  constructor(private readonly queries: QueryBus) {}

  /** The caller, their platform roles and every agency they belong to (whatever its status). */
  @Get()
  @Policy(SignedIn())
  @ApiBearerAuth()
  get(@CurrentPrincipal() person: PersonPrincipal): Promise<MeView> {
    return this.queries.execute(new GetMyMembershipsQuery(person));
  }
}
