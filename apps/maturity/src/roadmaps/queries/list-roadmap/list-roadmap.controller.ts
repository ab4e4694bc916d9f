import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AgencyRoles, Operators, param, Policy } from '@csg/auth';
import {
  ApiOkPage,
  ApiProblems,
  attachment,
  decodeCursor,
  pageLimit,
  type Page,
  uuidParam,
  type Reply,
} from '@csg/http';
import { RoadmapItemView } from '../roadmap-item.view';
import { ListRoadmapDto } from './list-roadmap.dto';
import type { RoadmapListing } from './list-roadmap.handler';
import { ListRoadmapQuery, type RoadmapFormat } from './list-roadmap.query';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function formatOf(accept: string | undefined, format: RoadmapFormat | undefined): RoadmapFormat {
  if (format) return format;
  if (accept?.includes('text/csv')) return 'csv';
  if (accept?.includes(XLSX_TYPE)) return 'xlsx';
  return 'json';
}

@ApiTags('roadmaps')
@Controller('agencies')
export class ListRoadmapController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * The agency's roadmap by due date: JSON pages, or the whole roadmap as CSV (`Accept: text/csv`)
   * or as an .xlsx plan of action and milestones. Its members, organisers and platform-admins read it.
   */
  @Get(':id/roadmap')
  @Policy(Operators(), AgencyRoles(param('id')))
  @ApiOperation({ summary: "An agency's roadmap (JSON, CSV or xlsx)" })
  @ApiBearerAuth()
  @ApiProduces('application/json', 'text/csv', XLSX_TYPE)
  @ApiOkPage(RoadmapItemView, { alsoAs: ['text/csv', XLSX_TYPE] })
  @ApiProblems(400, 401, 403, 404, 429)
  async list(
    @Param('id', uuidParam()) agencyId: string,
    @Query() query: ListRoadmapDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: Reply,
  ): Promise<Page<RoadmapItemView> | string | Buffer> {
    const after = decodeCursor(query.cursor, ['date', 'uuid']);
    const listing: RoadmapListing = await this.queries.execute(
      new ListRoadmapQuery(
        agencyId,
        query.status,
        formatOf(accept, query.format),
        pageLimit(query.limit),
        after,
      ),
    );
    if (listing.format === 'json') return listing.page;
    const csv = listing.format === 'csv';
    reply.header('content-type', csv ? 'text/csv; charset=utf-8' : XLSX_TYPE);
    reply.header('content-disposition', attachment(`roadmap-${agencyId}.${csv ? 'csv' : 'xlsx'}`));
    return listing.body;
  }
}
