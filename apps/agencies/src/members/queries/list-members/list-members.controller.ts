import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, Operators, param, Policy } from '@csg/auth';
import {
  ApiOkPage,
  ApiProblems,
  decodeCursor,
  pageLimit,
  PageQueryDto,
  type Page,
  uuidParam,
} from '@csg/http';
import { MemberView } from '../member.view';
import { ListMembersQuery } from './list-members.query';

@ApiTags('members')
@Controller('agencies')
export class ListMembersController {
  constructor(private readonly queries: QueryBus) {}

  /** Members of an ACTIVE agency see its members; organisers and platform-admins see any agency's. */
  @Get(':id/members')
  @ApiOperation({ summary: "List an agency's members" })
  @Policy(Operators(), AgencyRoles(param('id')))
  @ApiBearerAuth()
  @ApiOkPage(MemberView)
  @ApiProblems(400, 401, 403, 404, 429)
  list(@Param('id', uuidParam()) agencyId: string, @Query() page: PageQueryDto): Promise<Page<MemberView>> {
    const after = decodeCursor(page.cursor, ['text', 'uuid']);
    return this.queries.execute(new ListMembersQuery(agencyId, pageLimit(page.limit), after));
  }
}
