import { Controller, Delete, Headers, HttpCode, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Policy, SignedIn, type Principal } from '@csg/auth';
import { ApiNoContent, ApiProblems, parseIfMatch, uuidParam } from '@csg/http';
import { RemoveCommentCommand } from './remove-comment.command';

@ApiTags('discussion')
@Controller('practices')
export class RemoveCommentController {
  constructor(private readonly commands: CommandBus) {}

  /** Its author or an organiser removes a comment; replies stay under a removed placeholder. */
  @Delete(':id/comments/:commentId')
  @ApiOperation({ summary: 'Remove a comment (its author or an organiser)' })
  @Policy(SignedIn())
  @ApiBearerAuth()
  @ApiHeader({ name: 'If-Match', required: false, description: 'the ETag you last read; 412 when stale' })
  @ApiNoContent('removed')
  @ApiProblems(400, 401, 403, 404, 409, 412, 429)
  @HttpCode(204)
  async remove(
    @Param('id', uuidParam()) id: string,
    @Param('commentId', uuidParam()) commentId: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.commands.execute(new RemoveCommentCommand(id, commentId, parseIfMatch(ifMatch), principal));
  }
}
