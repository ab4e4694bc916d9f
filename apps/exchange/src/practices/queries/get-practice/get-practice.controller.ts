import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, Public, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, ApiPublic, VersionEtag, uuidParam } from '@csg/http';
import { PracticeView } from '../practice.view';
import { GetPracticeQuery } from './get-practice.query';

@ApiTags('practices')
@Controller('practices')
export class GetPracticeController {
  constructor(private readonly queries: QueryBus) {}

  /** Anyone reads a TLP:CLEAR practice; otherwise its marking (and its status) decides who does. */
  @Get(':id')
  @ApiOperation({ summary: 'Read one practice' })
  @Policy(Public())
  @ApiOkView(PracticeView, { etag: true })
  @ApiProblems(400, 401, 404, 429)
  @ApiPublic()
  @VersionEtag()
  get(@Param('id', uuidParam()) id: string, @CurrentPrincipal() principal: Principal): Promise<PracticeView> {
    return this.queries.execute(new GetPracticeQuery(id, principal));
  }
}
