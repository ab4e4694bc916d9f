import { Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, SignedIn, Policy, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { PracticeView } from '../../queries/practice.view';
import { WithdrawPracticeCommand } from './withdraw-practice.command';

@ApiTags('practices')
@Controller('practices')
export class WithdrawPracticeController {
  constructor(private readonly commands: CommandBus) {}

  /** Members of the owning agency withdraw it from the exchange; only their agency reads it afterwards. */
  @Post(':id/withdraw')
  @ApiOperation({ summary: 'Withdraw a practice from the exchange' })
  @Policy(SignedIn())
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(PracticeView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 429)
  @VersionEtag()
  withdraw(
    @Param('id', uuidParam()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PracticeView> {
    return this.commands.execute(new WithdrawPracticeCommand(id, parseIfMatch(ifMatch), principal));
  }
}
