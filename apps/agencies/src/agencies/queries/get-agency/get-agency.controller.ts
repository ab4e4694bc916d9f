import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Policy, SignedIn } from '@csg/auth';
import type { AgencyState } from '../../domain/agency.aggregate';
import { GetAgencyQuery } from './get-agency.query';

@ApiTags('agencies')
@Controller('agencies')
export class GetAgencyController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @Policy(SignedIn())
  @ApiBearerAuth()
  get(@Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string): Promise<AgencyState> {
    return this.queries.execute(new GetAgencyQuery(id));
  }
}
