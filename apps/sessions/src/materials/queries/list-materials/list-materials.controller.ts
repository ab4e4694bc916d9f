import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, Public, type Principal } from '@csg/auth';
import {
  ApiOkPage,
  ApiProblems,
  ApiPublic,
  pageLimit,
  PageQueryDto,
  type Page,
  uuidParam,
  timeKeyset,
} from '@csg/http';
import { MaterialView } from '../material.view';
import { ListMaterialsQuery } from './list-materials.query';

@ApiTags('materials')
@Controller('sessions')
export class ListMaterialsController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * The session's materials the caller may read: TLP:CLEAR anyone (no token needed); GREEN
   * members of active agencies; AMBER the originating agency and agencies with a confirmed place;
   * AMBER+STRICT the originating agency; RED the confirmed participants; organisers all but RED.
   */
  @Get(':id/materials')
  @Policy(Public())
  @ApiOperation({ summary: "List a session's materials the caller may read" })
  @ApiPublic()
  @ApiOkPage(MaterialView)
  @ApiProblems(400, 401, 404, 429)
  list(
    @Param('id', uuidParam()) id: string,
    @Query() query: PageQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<MaterialView>> {
    return this.queries.execute(
      new ListMaterialsQuery(id, principal, pageLimit(query.limit), timeKeyset(query.cursor)),
    );
  }
}
