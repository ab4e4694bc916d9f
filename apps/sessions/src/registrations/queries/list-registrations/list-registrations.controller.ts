import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkPage, ApiProblems, decodeCursor, pageLimit, type Page, uuidParam } from '@csg/http';
import { RegistrationView } from '../registration.view';
import { ListRegistrationsDto } from './list-registrations.dto';
import { ListRegistrationsQuery } from './list-registrations.query';

@ApiTags('registrations')
@Controller('sessions')
export class ListRegistrationsController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Registrations in the order places were asked for (the waitlist's order): organisers see all,
   * agency members their own agencies', a participant their own (with their check-in code).
   */
  @Get(':id/registrations')
  @Policy(SignedIn())
  @ApiOperation({ summary: "List a session's registrations" })
  @ApiBearerAuth()
  @ApiOkPage(RegistrationView)
  @ApiProblems(400, 401, 404, 429)
  list(
    @Param('id', uuidParam()) id: string,
    @Query() query: ListRegistrationsDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<Page<RegistrationView>> {
    const { limit, cursor, ...filters } = query;
    return this.queries.execute(
      new ListRegistrationsQuery(id, filters, principal, pageLimit(limit), decodeCursor(cursor, ['int8'])),
    );
  }
}
