import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, uuidParam } from '@csg/http';
import { RegistrationView } from '../../queries/registration.view';
import { CheckInCommand } from './check-in.command';
import { CheckInDto } from './check-in.dto';

@ApiTags('registrations')
@Controller('sessions')
export class CheckInController {
  constructor(private readonly commands: CommandBus) {}

  /** Door staff (organisers) scan or type a participant's one-time code; it records their attendance. */
  @Post(':id/check-in')
  @Policy(Operators())
  @ApiOperation({ summary: 'Check a participant in with their code' })
  @ApiBearerAuth()
  @ApiOkView(RegistrationView, { description: 'the participant now checked in' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422, 429)
  @HttpCode(200)
  checkIn(
    @Param('id', uuidParam()) id: string,
    @Body() body: CheckInDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    return this.commands.execute(new CheckInCommand(id, body.code, principal));
  }
}
