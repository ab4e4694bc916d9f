import { Body, Controller, Headers, Param, Patch } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { PracticeView } from '../../queries/practice.view';
import { RevisePracticeCommand } from './revise-practice.command';
import { RevisePracticeDto } from './revise-practice.dto';

@ApiTags('practices')
@Controller('practices')
export class RevisePracticeController {
  constructor(private readonly commands: CommandBus) {}

  /** Members of the owning agency revise it (a new immutable revision); a published one stays published. */
  @Patch(':id')
  @ApiOperation({ summary: 'Revise a practice (a new revision)' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(PracticeView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 422, 429)
  @VersionEtag()
  revise(
    @Param('id', uuidParam()) id: string,
    @Body() dto: RevisePracticeDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PracticeView> {
    return this.commands.execute(new RevisePracticeCommand(id, { ...dto }, parseIfMatch(ifMatch), principal));
  }
}
