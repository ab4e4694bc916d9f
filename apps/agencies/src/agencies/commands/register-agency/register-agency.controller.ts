import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Policy, SignedIn } from '@csg/auth';
import type { AgencyState } from '../../domain/agency.aggregate';
import { RegisterAgencyCommand } from './register-agency.command';
import { RegisterAgencyDto } from './register-agency.dto';

@ApiTags('agencies')
@Controller('agencies')
export class RegisterAgencyController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Policy(SignedIn())
  @ApiBearerAuth()
  @HttpCode(201)
  register(@Body() body: RegisterAgencyDto): Promise<AgencyState> {
    return this.commands.execute(new RegisterAgencyCommand(body));
  }
}
