import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operators, Policy, type Principal } from '@csg/auth';
import { ApiOkView, ApiProblems, parseIfMatch, VersionEtag, uuidParam } from '@csg/http';
import { PracticeView } from '../../queries/practice.view';
import { RejectPracticeCommand } from './reject-practice.command';
import { RejectPracticeDto } from './reject-practice.dto';

@ApiTags('practices')
@Controller('practices')
export class RejectPracticeController {
  constructor(private readonly commands: CommandBus) {}

  /** Organisers and platform-admins send a submission back with a reason, or refuse a pending widening. */
  @Post(':id/reject')
  @ApiOperation({ summary: 'Reject a submission or a pending widening of the marking' })
  @Policy(Operators())
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiOkView(PracticeView, { etag: true })
  @ApiProblems(400, 401, 403, 404, 409, 412, 413, 415, 429)
  @VersionEtag()
  reject(
    @Param('id', uuidParam()) id: string,
    @Body() dto: RejectPracticeDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PracticeView> {
    return this.commands.execute(new RejectPracticeCommand(id, dto.reason, parseIfMatch(ifMatch), principal));
  }
}
