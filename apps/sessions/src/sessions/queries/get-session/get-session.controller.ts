import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, VersionEtag, uuidParam } from '@csg/http';
import { SessionView } from '../session.view';
import { GetSessionQuery } from './get-session.query';

@ApiTags('sessions')
@Controller('sessions')
export class GetSessionController {
  constructor(private readonly queries: QueryBus) {}

  /** A session with its agenda (TLP:GREEN: members of active agencies; drafts: organisers). */
  @Get(':id')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Read a session with its agenda' })
  @ApiBearerAuth()
  @ApiOkView(SessionView, { etag: true, description: 'the session' })
  @ApiProblems(400, 401, 404, 429)
  @VersionEtag()
  get(@Param('id', uuidParam()) id: string, @CurrentPrincipal() principal: Principal): Promise<SessionView> {
    return this.queries.execute(new GetSessionQuery(id, principal));
  }
}
