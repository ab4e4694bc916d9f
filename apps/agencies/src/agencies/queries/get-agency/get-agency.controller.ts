import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, VersionEtag, uuidParam } from '@csg/http';
import { AgencyView } from '../agency.view';
import { GetAgencyQuery } from './get-agency.query';

@ApiTags('agencies')
@Controller('agencies')
export class GetAgencyController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'Read an agency' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkView(AgencyView, { etag: true })
  @ApiProblems(400, 401, 404, 429)
  @VersionEtag()
  get(@Param('id', uuidParam()) id: string, @CurrentPrincipal() principal: Principal): Promise<AgencyView> {
    return this.queries.execute(new GetAgencyQuery(id, principal));
  }
}
