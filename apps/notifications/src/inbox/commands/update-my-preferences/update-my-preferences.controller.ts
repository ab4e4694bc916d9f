import { Body, Controller, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type PersonPrincipal } from '@csg/auth';
import { PreferencesView } from '../../queries/preferences.view';
import { UpdateMyPreferencesCommand } from './update-my-preferences.command';
import { UpdateMyPreferencesDto } from './update-my-preferences.dto';

@ApiTags('inbox')
@Controller('me/preferences')
export class UpdateMyPreferencesController {
  constructor(private readonly commands: CommandBus) {}

  /** Changes the caller's choices for the categories given; answers all four. */
  @Put()
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkResponse({ type: PreferencesView })
  update(
    @Body() body: UpdateMyPreferencesDto,
    @CurrentPrincipal() person: PersonPrincipal,
  ): Promise<PreferencesView> {
    return this.commands.execute(new UpdateMyPreferencesCommand(person, body.categories));
  }
}
