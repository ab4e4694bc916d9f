import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Policy, SignedIn } from '@csg/auth';
import { ApiOkView, ApiProblems } from '@csg/http';
import { frameworkIdParam } from '../../framework-id.pipe';
import { FrameworkView } from '../framework.view';
import { GetFrameworkQuery } from './get-framework.query';

@ApiTags('frameworks')
@Controller('frameworks')
export class GetFrameworkController {
  constructor(private readonly queries: QueryBus) {}

  /** One framework: functions → categories → subcategories, with statements and examples once imported. */
  @Get(':id')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Read a framework: functions, categories, subcategories' })
  @ApiBearerAuth()
  @ApiOkView(FrameworkView)
  @ApiProblems(400, 401, 404, 429)
  get(@Param('id', frameworkIdParam()) id: string): Promise<FrameworkView> {
    return this.queries.execute(new GetFrameworkQuery(id));
  }
}
