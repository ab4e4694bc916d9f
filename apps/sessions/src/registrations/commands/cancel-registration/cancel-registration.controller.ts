import { Controller, Delete, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiNoContent, ApiProblems, uuidParam } from '@csg/http';
import { CancelRegistrationCommand } from './cancel-registration.command';

@ApiTags('registrations')
@Controller('sessions')
export class CancelRegistrationController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * Frees the place (organisers, the registration's agency, or the participant themselves); the
   * oldest waitlisted participant who fits their agency's share is promoted. Refused once the
   * session is completed.
   */
  @Delete(':id/registrations/:registrationId')
  @Policy(SignedIn())
  @ApiOperation({ summary: 'Give a place back' })
  @ApiBearerAuth()
  @ApiNoContent('the place is given back')
  @ApiProblems(400, 401, 404, 409, 429)
  @HttpCode(204)
  async cancel(
    @Param('id', uuidParam()) id: string,
    @Param('registrationId', uuidParam()) registrationId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.commands.execute(new CancelRegistrationCommand(id, registrationId, principal));
  }
}
