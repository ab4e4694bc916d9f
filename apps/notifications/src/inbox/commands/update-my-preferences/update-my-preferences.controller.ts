import { Body, Controller, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type PersonPrincipal } from '@csg/auth';
import { ApiOkView, ApiProblems } from '@csg/http';
import { PreferencesView } from '../../queries/preferences.view';
import { UpdateMyPreferencesCommand } from './update-my-preferences.command';
import { UpdateMyPreferencesDto } from './update-my-preferences.dto';

@ApiTags('inbox')
@Controller('me/preferences')
export class UpdateMyPreferencesController {
  constructor(private readonly commands: CommandBus) {}

  /** Changes the caller's choices for the categories given; answers all four. */
  @Put()
  @ApiOperation({ summary: 'Change my delivery preferences for some categories' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiOkView(PreferencesView)
  @ApiProblems(400, 401, 403, 413, 415, 422, 429)
  update(
    @Body() body: UpdateMyPreferencesDto,
    @CurrentPrincipal() person: PersonPrincipal,
  ): Promise<PreferencesView> {
    return this.commands.execute(new UpdateMyPreferencesCommand(person, body.categories));
  }
}
